import Foundation

/// Sends one HTTP request and returns the response; the client adds signing, retries and logging.
///
/// Production uses `URLSessionTransport`; tests use it too, against servers on 127.0.0.1.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and waits at most `timeout` seconds for the whole response.
    ///
    /// - Throws: `TransportFailure` when no HTTP response arrives.
    func send(_ request: HTTPRequest, timeout: TimeInterval) async throws -> HTTPResponse
}

/// Why a transport got no HTTP response; the client turns it into an `AWSError` with context.
public enum TransportFailure: Error, Sendable, Equatable {
    /// The connection could not be made or was dropped.
    case connection(reason: String)
    /// No complete response arrived in time.
    case timedOut
}
