import Foundation

/// An HTTP request ready for the transport.
public struct HTTPRequest: Sendable {
    /// The method, such as `POST`.
    public var method: String
    /// The full URL, query included.
    public var url: URL
    /// The header fields, `Authorization` included once signed.
    public var headers: [HTTPHeader]
    /// The body.
    public var body: Data

    /// Creates a request.
    public init(method: String, url: URL, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
