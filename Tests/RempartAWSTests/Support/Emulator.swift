import Foundation
import RempartAWS

/// The local emulator the integration tests call, from `REMPART_TEST_ENDPOINT` (set by `scripts/test`).
enum Emulator {
    static let endpoint: URL? = ProcessInfo.processInfo.environment["REMPART_TEST_ENDPOINT"].flatMap {
        $0.isEmpty ? nil : URL(string: $0)
    }

    static var isConfigured: Bool { endpoint != nil }

    /// A client for the emulator; moto accepts any credentials.
    static func client(region: String = "us-east-1", maxAttempts: Int = 3) -> AWSClient {
        let configuration = AWSConfiguration(
            region: region,
            credentials: AWSCredentials(accessKeyID: "AKIDEMULATOR", secretAccessKey: "emulator-secret"),
            endpointURL: endpoint,
            retryPolicy: RetryPolicy(maxAttempts: maxAttempts, baseDelay: 0.05, maxDelay: 0.2, timeout: 30))
        return AWSClient(configuration: configuration)
    }

    /// Wipes the emulator's state.
    static func reset() async throws {
        guard let endpoint else { return }
        try await LocalEmulator.reset(endpoint)
    }

    /// A name no other test uses, so tests stay independent even without a reset.
    static func unique(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}
