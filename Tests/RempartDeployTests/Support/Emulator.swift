import Foundation
import RempartAWS
import RempartDeploy
import RempartSupport

/// The local emulator named by `REMPART_TEST_ENDPOINT`, and clients for it.
enum Emulator {
    /// The emulator's endpoint, or nil when the tests against it are to be skipped: `REMPART_TEST_ENDPOINT_DEPLOY`
    /// (the emulator `scripts/test` starts for the deployment tests alone), else `REMPART_TEST_ENDPOINT`.
    static var endpoint: URL? {
        guard let text = variable else { return nil }
        return URL(string: text)
    }

    /// The endpoint's text from the environment.
    static var variable: String? {
        let environment = ProcessInfo.processInfo.environment
        for name in ["REMPART_TEST_ENDPOINT_DEPLOY", "REMPART_TEST_ENDPOINT"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return nil
    }

    /// Whether the emulator tests run.
    static var isAvailable: Bool { endpoint != nil }

    static let credentials = AWSCredentials(accessKeyID: "AKIDREMPARTTEST", secretAccessKey: "rempart-test-secret")

    /// A client for `endpoint` (the emulator unless a proxy is given), counting its calls.
    static func services(endpoint: URL? = nil, attempts: Int = 1) -> (AWSServices, CountingTransport) {
        let counting = CountingTransport(URLSessionTransport())
        let configuration = AWSConfiguration(
            region: "us-east-1", credentials: credentials, endpointURL: endpoint ?? self.endpoint,
            retryPolicy: RetryPolicy(maxAttempts: attempts))
        return (AWSServices(client: AWSClient(configuration: configuration, transport: counting)), counting)
    }

    /// Wipes every resource of the emulator.
    static func reset() async throws {
        guard let endpoint else { return }
        try await LocalEmulator.reset(endpoint)
    }

    /// A fresh directory for state files.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rempart-deploy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Collects deployment events from concurrent steps.
final class EventLog: @unchecked Sendable {
    // The lock guards `events`; that is why the class can be marked @unchecked Sendable.
    private let lock = NSLock()
    private var events: [DeploymentEvent] = []

    var all: [DeploymentEvent] { lock.withLock { events } }

    func append(_ event: DeploymentEvent) { lock.withLock { events.append(event) } }

    func count(_ kind: DeploymentEvent.Kind) -> Int { all.filter { $0.kind == kind }.count }
}
