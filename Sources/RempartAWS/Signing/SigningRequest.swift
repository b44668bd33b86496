import Foundation

/// The parts of an HTTP request that Signature Version 4 covers.
public struct SigningRequest: Sendable {
    /// The HTTP method, such as `GET`.
    public var method: String
    /// The path as written on the wire (already percent-encoded for S3), starting with `/`.
    public var path: String
    /// The decoded query parameters in request order.
    public var query: [QueryItem]
    /// The header fields; the signer adds `X-Amz-Date`, and for S3 `x-amz-content-sha256`.
    public var headers: [HTTPHeader]
    /// The request body.
    public var body: Data

    /// Creates a request.
    public init(method: String, path: String, query: [QueryItem] = [], headers: [HTTPHeader] = [], body: Data = Data())
    {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }
}
