import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends requests through an ephemeral `URLSession`: no cookies, no cache, no stored credentials.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// Creates a transport with its own ephemeral session.
    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        // A deployment through the API runs dozens of independent calls at once against one endpoint. The
        // default limit of 6 connections per host made them queue, which lengthened the critical path.
        configuration.httpMaximumConnectionsPerHost = 32
        session = URLSession(configuration: configuration)
    }

    public func send(_ request: HTTPRequest, timeout: TimeInterval) async throws -> HTTPResponse {
        var urlRequest = URLRequest(
            url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for header in request.headers where header.name.lowercased() != "host" {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        if !request.body.isEmpty || ["PUT", "POST"].contains(request.method) {
            urlRequest.httpBody = request.body
        }

        let session = self.session
        return try await withCheckedThrowingContinuation { continuation in
            let task = session.dataTask(with: urlRequest) { data, response, error in
                if let error {
                    let code = (error as NSError).code
                    if code == NSURLErrorTimedOut {
                        continuation.resume(throwing: TransportFailure.timedOut)
                    } else {
                        continuation.resume(throwing: TransportFailure.connection(reason: error.localizedDescription))
                    }
                    return
                }
                guard let http = response as? HTTPURLResponse else {
                    continuation.resume(throwing: TransportFailure.connection(reason: "no HTTP response"))
                    return
                }
                var headers: [HTTPHeader] = []
                for (name, value) in http.allHeaderFields {
                    headers.append(HTTPHeader(String(describing: name), String(describing: value)))
                }
                continuation.resume(
                    returning: HTTPResponse(status: http.statusCode, headers: headers, body: data ?? Data()))
            }
            task.resume()
        }
    }
}
