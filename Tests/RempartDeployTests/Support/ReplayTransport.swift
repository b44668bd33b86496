import Foundation
import RempartAWS

/// Answers each query-protocol call with the next recorded response for its `Action`, repeating the last one.
final class ReplayTransport: HTTPTransport, @unchecked Sendable {
    // The lock guards both properties; that is why the class can be marked @unchecked Sendable.
    private let lock = NSLock()
    private var responses: [String: [HTTPResponse]]
    private var actions: [String] = []

    /// Creates a transport replaying `responses` by action.
    init(_ responses: [String: [HTTPResponse]]) {
        self.responses = responses
    }

    /// The actions called, in order.
    var calledActions: [String] { lock.withLock { actions } }

    func send(_ request: HTTPRequest, timeout: TimeInterval) async throws -> HTTPResponse {
        let body = String(decoding: request.body, as: UTF8.self)
        let action =
            body.split(separator: "&").first { $0.hasPrefix("Action=") }.map { String($0.dropFirst("Action=".count)) }
            ?? ""
        return try lock.withLock {
            actions.append(action)
            guard var queue = responses[action], let next = queue.first else {
                throw TransportFailure.connection(reason: "no recorded response for \(action)")
            }
            if queue.count > 1 {
                queue.removeFirst()
                responses[action] = queue
            }
            return next
        }
    }

    /// A recorded response from `Fixtures/cloudformation/<name>.xml`.
    static func fixture(_ name: String, status: Int = 200) throws -> HTTPResponse {
        guard let url = Bundle.module.url(forResource: "Fixtures/cloudformation/\(name)", withExtension: "xml") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return HTTPResponse(
            status: status, headers: [HTTPHeader("Content-Type", "text/xml")], body: try Data(contentsOf: url))
    }
}
