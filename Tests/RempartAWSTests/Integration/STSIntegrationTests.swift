import RempartAWS
import Testing

extension EmulatorIntegrationTests {
    @Suite struct STSIntegrationTests {
        @Test func returnsEmulatorAccount() async throws {
            try await Emulator.reset()
            let identity = try await STS(client: Emulator.client()).callerIdentity()
            #expect(identity.account == "123456789012")
            #expect(identity.arn.hasPrefix("arn:aws:sts::123456789012:"))
        }
    }
}
