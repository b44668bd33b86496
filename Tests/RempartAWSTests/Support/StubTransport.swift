import Foundation
import RempartAWS
import RempartSupport

/// Replays canned responses in order and records the requests, for tests with no network.
final class StubTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var responses: [HTTPResponse]
    private var recorded: [HTTPRequest] = []

    init(_ responses: [HTTPResponse]) {
        self.responses = responses
    }

    /// A stub answering 200 with each XML or JSON body in turn.
    convenience init(bodies: [String], status: Int = 200) {
        self.init(bodies.map { HTTPResponse(status: status, body: Data($0.utf8)) })
    }

    var requests: [HTTPRequest] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    func send(_ request: HTTPRequest, timeout: TimeInterval) async throws -> HTTPResponse {
        try next(for: request)
    }

    private func next(for request: HTTPRequest) throws -> HTTPResponse {
        lock.withLock {
            recorded.append(request)
        }
        return try lock.withLock {
            guard !responses.isEmpty else { throw TransportFailure.connection(reason: "no canned response left") }
            return responses.count == 1 ? responses[0] : responses.removeFirst()
        }
    }
}

extension HTTPRequest {
    /// The form body as decoded pairs.
    var formItems: [QueryItem] {
        String(decoding: body, as: UTF8.self).split(separator: "&").map {
            let parts = $0.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            return QueryItem(URIEncoding.decode(parts[0]), URIEncoding.decode(parts.count > 1 ? parts[1] : ""))
        }
    }
}

enum TestClients {
    static let credentials = AWSCredentials(
        accessKeyID: "AKIDTESTEXAMPLE", secretAccessKey: "SECRETtestKEYdoNOTlog0123456789abcdefghij",
        sessionToken: "TOKENtestSESSIONvalue")

    /// The discard port on 127.0.0.1; stubbed clients never connect to it.
    static let stubEndpoint = URL(string: "http://127.0.0.1:9") ?? URL(fileURLWithPath: "/")

    /// A client for `endpoint` with fast retries.
    static func client(
        endpoint: URL = stubEndpoint, transport: any HTTPTransport, maxAttempts: Int = 3,
        logger: Logger = .disabled
    ) -> AWSClient {
        let configuration = AWSConfiguration(
            region: "us-east-1", credentials: credentials, endpointURL: endpoint,
            retryPolicy: RetryPolicy(maxAttempts: maxAttempts, baseDelay: 0.01, maxDelay: 0.05, timeout: 5))
        return AWSClient(configuration: configuration, transport: transport, logger: logger)
    }
}
