import Foundation
import RempartAWS
import RempartSupport
import Testing

struct RedactionTests {
    @Test func debugLogsHideSecrets() async throws {
        let handler = InMemoryLogHandler()
        let stub = StubTransport(bodies: [
            "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>"
        ])
        let client = TestClients.client(transport: stub, logger: Logger(level: .trace, handler: handler))
        _ = try await STS(client: client).callerIdentity()

        let request = try #require(stub.requests.first)
        let signature = try #require(
            request.headers.value(for: "Authorization")?.components(separatedBy: "Signature=").last)
        let lines = handler.entries.map { entry in
            ([entry.message] + entry.metadata.keys.sorted().map { "\($0)=\(entry.metadata[$0] ?? "")" }).joined(
                separator: " ")
        }
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(!line.contains(TestClients.credentials.secretAccessKey))
            #expect(!line.contains("TOKENtestSESSIONvalue"))
            #expect(!line.contains(signature))
        }
        let headers = try #require(
            handler.entries.first { $0.message == "sending AWS request" }?.metadata["http.headers"])
        #expect(headers.contains("Authorization: <redacted>"))
        #expect(headers.contains("X-Amz-Security-Token: <redacted>"))
    }

    @Test func presignedQueryIsRedacted() {
        let items = Redaction.query([QueryItem("X-Amz-Signature", "abc"), QueryItem("prefix", "a")])
        #expect(items == [QueryItem("X-Amz-Signature", "<redacted>"), QueryItem("prefix", "a")])
    }

    @Test func credentialsDescriptionHidesSecret() {
        let text = "\(TestClients.credentials) \(String(reflecting: TestClients.credentials))"
        #expect(!text.contains(TestClients.credentials.secretAccessKey))
        #expect(!text.contains("TOKENtestSESSIONvalue"))
        #expect(text.contains("AKIDTESTEXAMPLE"))
    }

    @Test func configurationDescriptionHidesSecret() {
        let configuration = AWSConfiguration(region: "us-east-1", credentials: TestClients.credentials)
        let text = "\(configuration) \(String(reflecting: configuration))"
        #expect(!text.contains(TestClients.credentials.secretAccessKey))
        #expect(!text.contains("TOKENtestSESSIONvalue"))
        #expect(text.contains("AKIDTESTEXAMPLE"))
    }

    @Test func errorsCarryNoCredentials() async throws {
        let stub = StubTransport([HTTPResponse(status: 500, body: Data("<html>down</html>".utf8))])
        let client = TestClients.client(transport: stub, maxAttempts: 1)
        do {
            _ = try await STS(client: client).callerIdentity()
            Issue.record("expected a failure")
        } catch {
            let text = "\(error) \(String(reflecting: error))"
            #expect(!text.contains(TestClients.credentials.secretAccessKey))
            #expect(!text.contains("TOKENtestSESSIONvalue"))
        }
    }
}
