import Foundation
import RempartSupport

/// Signs, sends and retries AWS calls, and turns failures into `AWSError`s with context.
///
/// The typed service clients (`EC2`, `S3`, …) wrap one `AWSClient`. It is a value and `Sendable`:
/// share it freely between tasks.
public struct AWSClient: Sendable {
    /// Region, credentials, endpoints and retry policy.
    public var configuration: AWSConfiguration
    /// The HTTP layer.
    public var transport: any HTTPTransport
    /// The logger for requests, retries and failures (at debug, secrets redacted).
    public var logger: Logger
    /// The signing clock; tests pin it.
    public var now: @Sendable () -> Date

    /// Creates a client.
    public init(
        configuration: AWSConfiguration, transport: any HTTPTransport = URLSessionTransport(),
        logger: Logger = .disabled,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.configuration = configuration
        self.transport = transport
        self.logger = logger
        self.now = now
    }

    // MARK: - Sending

    /// Signs and sends one call, retrying as the policy allows.
    ///
    /// - Parameters:
    ///   - service: The service entry.
    ///   - operation: The operation name, for logs and errors.
    ///   - method: The HTTP method.
    ///   - path: The percent-encoded path below the endpoint's own path, starting with `/`.
    ///   - query: The decoded query parameters.
    ///   - headers: Extra headers such as `Content-Type` or `X-Amz-Target`.
    ///   - body: The body.
    ///   - payload: `.unsigned` sends `UNSIGNED-PAYLOAD` instead of the body hash (S3 only).
    /// - Returns: The successful (2xx) response.
    /// - Throws: `AWSError`.
    public func send(
        service: AWSService, operation: String, method: String, path: String = "/", query: [QueryItem] = [],
        headers: [HTTPHeader] = [], body: Data = Data(), payload: SigV4Signer.Payload = .signed
    ) async throws -> HTTPResponse {
        let endpoint = try configuration.endpoint(for: service)
        let policy = configuration.retryPolicy
        var attempt = 1
        while true {
            let request = signedRequest(
                service: service, endpoint: endpoint, method: method, path: path, query: query, headers: headers,
                body: body, payload: payload)
            logRequest(request, service: service, operation: operation, attempt: attempt)

            let outcome: Result<HTTPResponse, TransportFailure>
            do {
                outcome = .success(try await transport.send(request, timeout: policy.timeout))
            } catch let transportFailure as TransportFailure {
                outcome = .failure(transportFailure)
            }

            let failure: AWSError
            switch outcome {
            case .success(let response):
                if response.isSuccess { return response }
                failure = error(from: response, service: service, operation: operation)
                guard attempt < policy.maxAttempts, policy.isRetryable(status: response.status, code: failure.code)
                else {
                    throw failure
                }
            case .failure(let transportFailure):
                failure = error(from: transportFailure, service: service, operation: operation, endpoint: endpoint)
                guard attempt < policy.maxAttempts else { throw failure }
            }

            // Back off with full jitter before the next attempt.
            let delay = policy.delay(afterAttempt: attempt)
            logger.debug(
                "retrying AWS call",
                metadata: [
                    "aws.service": service.endpointPrefix, "aws.operation": operation,
                    "aws.attempt": String(attempt + 1),
                    "aws.delay_seconds": String(format: "%.3f", delay), "aws.error": failure.description,
                ])
            try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            attempt += 1
        }
    }

    /// Calls an EC2 or query-protocol action and returns the root element of its XML response.
    public func query(_ service: AWSService, _ action: String, _ parameters: [(String, QueryValue)] = []) async throws
        -> XMLNode
    {
        let items = service.wireProtocol.queryItems(action: action, parameters: parameters)
        let body = Data(URIEncoding.queryString(items).utf8)
        let response = try await send(
            service: service, operation: action, method: "POST",
            headers: [HTTPHeader("Content-Type", service.wireProtocol.contentType)], body: body)
        return try xml(response, service: service, operation: action)
    }

    /// Calls a JSON 1.1 operation and returns its decoded body (`{}` when empty).
    public func json(_ service: AWSService, _ operation: String, _ body: JSONValue = [:]) async throws -> JSONValue {
        guard case .json(_, let prefix) = service.wireProtocol else {
            throw AWSError.invalidResponse(
                service: service.endpointPrefix, operation: operation, reason: "not a JSON service")
        }
        let response = try await send(
            service: service, operation: operation, method: "POST",
            headers: [
                HTTPHeader("Content-Type", service.wireProtocol.contentType),
                HTTPHeader("X-Amz-Target", "\(prefix).\(operation)"),
            ],
            body: body.encoded())
        if response.body.isEmpty { return [:] }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: response.body)
        } catch {
            throw AWSError.invalidResponse(
                service: service.endpointPrefix, operation: operation, reason: "invalid JSON: \(error)")
        }
    }

    /// Calls a JSON 1.1 operation and decodes its body as `T`.
    public func json<T: Decodable>(_ service: AWSService, _ operation: String, _ body: JSONValue = [:], as type: T.Type)
        async throws -> T
    {
        let value = try await json(service, operation, body)
        do {
            return try JSONDecoder().decode(T.self, from: value.encoded())
        } catch {
            throw AWSError.invalidResponse(
                service: service.endpointPrefix, operation: operation, reason: "unexpected JSON shape: \(error)")
        }
    }

    /// Parses an XML response body.
    public func xml(_ response: HTTPResponse, service: AWSService, operation: String) throws -> XMLNode {
        guard let root = XMLNode.parse(response.body) else {
            throw AWSError.invalidResponse(
                service: service.endpointPrefix, operation: operation, reason: "the body is not XML")
        }
        return root
    }

    /// Collects every page of a paginated call.
    ///
    /// `fetch` receives the token of the page to read (nil for the first) and returns its items
    /// and the next token (nil or empty when it was the last page). Stops after `maxPages`.
    public func paginate<Item>(
        maxPages: Int = 1000, _ fetch: (String?) async throws -> (items: [Item], nextToken: String?)
    ) async throws -> [Item] {
        var items: [Item] = []
        var token: String?
        for _ in 0..<maxPages {
            let page = try await fetch(token)
            items += page.items
            guard let next = page.nextToken, !next.isEmpty, next != token else { break }
            token = next
        }
        return items
    }

    // MARK: - Helpers

    private func signedRequest(
        service: AWSService, endpoint: URL, method: String, path: String, query: [QueryItem], headers: [HTTPHeader],
        body: Data, payload: SigV4Signer.Payload
    ) -> HTTPRequest {
        let basePath = endpoint.path.hasSuffix("/") ? String(endpoint.path.dropLast()) : endpoint.path
        let fullPath = basePath + (path.hasPrefix("/") ? path : "/" + path)
        var hostHeader = endpoint.host ?? ""
        if let port = endpoint.port { hostHeader += ":\(port)" }

        let signer = SigV4Signer(
            credentials: configuration.credentials, region: service.signingRegion(for: configuration.region),
            service: service.signingName, pathStyle: service.signingPathStyle,
            sendsContentHash: service.sendsContentHash)
        var signing = SigningRequest(method: method, path: fullPath, query: query, headers: headers, body: body)
        signing.headers.set("Host", hostHeader)
        let signed = signer.sign(signing, at: now(), payload: payload)

        var text = "\(endpoint.scheme ?? "https")://\(hostHeader)\(fullPath)"
        if !query.isEmpty { text += "?" + URIEncoding.queryString(query) }
        // The URL is built from a parsed endpoint and encoded parts, so it always parses.
        let url = URL(string: text) ?? endpoint
        return HTTPRequest(method: method, url: url, headers: signed.headers, body: body)
    }

    private func error(from response: HTTPResponse, service: AWSService, operation: String) -> AWSError {
        if let details = service.wireProtocol.errorDetails(in: response) {
            return .service(
                AWSErrorContext(
                    service: service.endpointPrefix, operation: operation, statusCode: response.status,
                    code: details.code, message: details.message, requestID: details.requestID))
        }
        if response.body.isEmpty, response.status == 404 || response.status == 403 || response.status == 301 {
            // HEAD requests (S3 HeadBucket) carry no body; the status is the whole response.
            let code = response.status == 404 ? "NotFound" : response.status == 403 ? "Forbidden" : "MovedPermanently"
            return .service(
                AWSErrorContext(
                    service: service.endpointPrefix, operation: operation, statusCode: response.status, code: code,
                    message: "", requestID: response.headers.value(for: "x-amz-request-id")))
        }
        let text = String(decoding: response.body.prefix(200), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: " ")
        return .unexpectedResponse(
            service: service.endpointPrefix, operation: operation, statusCode: response.status, bodyPrefix: text)
    }

    private func error(from failure: TransportFailure, service: AWSService, operation: String, endpoint: URL)
        -> AWSError
    {
        switch failure {
        case .connection(let reason):
            return .connectionFailed(
                service: service.endpointPrefix, operation: operation, endpoint: endpoint.absoluteString, reason: reason
            )
        case .timedOut:
            return .timedOut(
                service: service.endpointPrefix, operation: operation, endpoint: endpoint.absoluteString,
                seconds: configuration.retryPolicy.timeout)
        }
    }

    private func logRequest(_ request: HTTPRequest, service: AWSService, operation: String, attempt: Int) {
        guard logger.isEnabled(.debug) else { return }
        let headers = Redaction.headers(request.headers)
            .map { "\($0.name): \($0.value)" }
            .joined(separator: "; ")
        var url = request.url.absoluteString
        if let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false),
            let mark = url.firstIndex(of: "?")
        {
            let items = (components.percentEncodedQueryItems ?? []).map {
                QueryItem(URIEncoding.decode($0.name), URIEncoding.decode($0.value ?? ""))
            }
            url = String(url[..<mark]) + "?" + URIEncoding.queryString(Redaction.query(items))
        }
        let secrets = [configuration.credentials.secretAccessKey, configuration.credentials.sessionToken ?? ""]
        logger.debug(
            "sending AWS request",
            metadata: [
                "aws.service": service.endpointPrefix, "aws.operation": operation, "aws.attempt": String(attempt),
                "http.method": request.method, "http.url": Redaction.text(url, hiding: secrets),
                "http.headers": Redaction.text(headers, hiding: secrets),
            ])
    }
}
