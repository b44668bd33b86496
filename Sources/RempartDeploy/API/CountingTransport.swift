import Foundation
import RempartAWS

/// Passes requests to another transport and counts them by service and operation, for benchmarks and tests.
public final class CountingTransport: HTTPTransport, @unchecked Sendable {
    // The lock guards `calls`; that is why the class can be marked @unchecked Sendable.
    private let lock = NSLock()
    private var calls: [Call] = []
    private let base: any HTTPTransport

    /// One request sent.
    public struct Call: Sendable, Equatable {
        /// The signing name of the service, from the credential scope: `ec2`, `s3`, `monitoring`.
        public var service: String
        /// The operation: the query `Action`, the JSON target, or the S3 method and path.
        public var operation: String
    }

    /// Wraps `base`.
    public init(_ base: any HTTPTransport) {
        self.base = base
    }

    /// The requests sent so far, in order; retries count as separate requests.
    public var recorded: [Call] {
        lock.withLock { calls }
    }

    /// The number of requests sent so far.
    public var count: Int { recorded.count }

    /// Forgets the requests counted so far.
    public func reset() {
        lock.withLock { calls.removeAll() }
    }

    public func send(_ request: HTTPRequest, timeout: TimeInterval) async throws -> HTTPResponse {
        let call = Self.describe(request)
        lock.withLock { calls.append(call) }
        return try await base.send(request, timeout: timeout)
    }

    /// Names the service and operation of a signed request.
    static func describe(_ request: HTTPRequest) -> Call {
        let authorization = request.headers.value(for: "Authorization") ?? ""
        var service = "unknown"
        if let range = authorization.range(of: "Credential=") {
            let scope = authorization[range.upperBound...].prefix { $0 != "," }.split(separator: "/")
            if scope.count >= 4 { service = String(scope[3]) }
        }
        if let target = request.headers.value(for: "X-Amz-Target") {
            return Call(service: service, operation: String(target.split(separator: ".").last ?? Substring(target)))
        }
        let body = String(decoding: request.body.prefix(400), as: UTF8.self)
        for pair in body.split(separator: "&") where pair.hasPrefix("Action=") {
            return Call(service: service, operation: String(pair.dropFirst("Action=".count)))
        }
        return Call(service: service, operation: "\(request.method) \(request.url.path)")
    }
}
