import Foundation
import RempartAWS
import Testing

/// The emulator the tests run against: `REMPART_TEST_ENDPOINT`, set by `scripts/test`.
///
/// Tests that need it are disabled when the variable is unset, so `swift test` alone skips them.
enum TestEmulator {
    /// The endpoint, or nil when the tests run without an emulator.
    static var endpoint: URL? {
        guard let text = ProcessInfo.processInfo.environment["REMPART_TEST_ENDPOINT"], !text.isEmpty else { return nil }
        return URL(string: text)
    }

    /// Whether an emulator is available.
    static var isAvailable: Bool { endpoint != nil }

    /// A client for the emulator in `us-east-1`, through `transport`.
    static func client(transport: any HTTPTransport = URLSessionTransport(), endpoint: URL? = nil) throws -> AWSClient {
        let url = try #require(endpoint ?? Self.endpoint)
        let configuration = AWSConfiguration(
            region: "us-east-1", credentials: AWSCredentials(accessKeyID: "testing", secretAccessKey: "testing"),
            endpointURL: url)
        return AWSClient(configuration: configuration, transport: transport)
    }

    /// Wipes the emulator's state.
    static func reset() async throws {
        try await LocalEmulator.reset(try #require(endpoint))
    }
}

/// Counts the HTTP requests sent through it, retries included.
final class CountingTransport: HTTPTransport, @unchecked Sendable {
    // The lock guards `requests`; that is why the class can be marked @unchecked Sendable.
    private let lock = NSLock()
    private var requestCount = 0
    private let base: any HTTPTransport

    init(_ base: any HTTPTransport = URLSessionTransport()) {
        self.base = base
    }

    /// The number of requests sent so far.
    var count: Int {
        lock.withLock { requestCount }
    }

    func send(_ request: HTTPRequest, timeout: TimeInterval) async throws -> HTTPResponse {
        lock.withLock { requestCount += 1 }
        return try await base.send(request, timeout: timeout)
    }
}
