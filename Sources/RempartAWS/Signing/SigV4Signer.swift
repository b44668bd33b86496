import Foundation

/// Signs requests with AWS Signature Version 4 (header and query-string authentication).
///
/// The signer is pure: credentials, region, service, request and date go in, a signed request
/// comes out. It performs no I/O and reads no clock, so tests pin the date.
/// Algorithm: https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
/// S3 specifics: https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html
public struct SigV4Signer: Sendable {
    /// The rule that turns the request path into the canonical URI.
    public enum PathStyle: Sendable {
        /// Remove `.`/`..` segments and repeated slashes, then percent-encode the path again
        /// (every service except S3).
        case normalizedDoubleEncoded
        /// Use the path as sent: S3 neither normalizes nor encodes a second time.
        case asSent
    }

    /// What the signer states as the payload hash.
    public enum Payload: Sendable {
        /// The SHA-256 of the body.
        case signed
        /// The literal `UNSIGNED-PAYLOAD` (S3 only; presigned URLs always use it).
        case unsigned
    }

    /// The algorithm name written in the `Authorization` header.
    public static let algorithm = "AWS4-HMAC-SHA256"
    /// The hash of an empty body.
    public static let emptyBodyHash = Crypto.sha256(Data()).hexEncoded

    /// The key pair and optional session token.
    public var credentials: AWSCredentials
    /// The region in the credential scope, such as `us-east-1`.
    public var region: String
    /// The signing name of the service, such as `ec2` or `s3`.
    public var service: String
    /// The rule that turns the request path into the canonical URI.
    public var pathStyle: PathStyle
    /// Whether to send `x-amz-content-sha256` (S3 requires it).
    public var sendsContentHash: Bool
    /// Whether `X-Amz-Security-Token` is part of the signature (true for every current service).
    public var signsSessionToken: Bool

    /// Creates a signer; S3 gets its path rules and content-hash header from `service == "s3"`
    /// unless the parameters say otherwise.
    public init(
        credentials: AWSCredentials, region: String, service: String, pathStyle: PathStyle? = nil,
        sendsContentHash: Bool? = nil, signsSessionToken: Bool = true
    ) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.pathStyle = pathStyle ?? (service == "s3" ? .asSent : .normalizedDoubleEncoded)
        self.sendsContentHash = sendsContentHash ?? (service == "s3")
        self.signsSessionToken = signsSessionToken
    }

    // MARK: - Header authentication

    /// Returns `request` with `X-Amz-Date`, the token and content-hash headers, and `Authorization`.
    ///
    /// - Parameters:
    ///   - request: The request to sign; its `Host` header must be set.
    ///   - date: The signing time.
    ///   - payload: Whether the body hash is signed or `UNSIGNED-PAYLOAD`.
    /// - Returns: The signed request.
    public func sign(_ request: SigningRequest, at date: Date, payload: Payload = .signed) -> SigningRequest {
        var signed = request
        let timestamp = Self.timestamp(date)
        let payloadHash = payloadHash(request.body, payload)

        // 1. Add the headers that must be signed.
        signed.headers.set("X-Amz-Date", timestamp)
        if sendsContentHash {
            signed.headers.set("x-amz-content-sha256", payloadHash)
        }
        if let token = credentials.sessionToken, signsSessionToken {
            signed.headers.set("X-Amz-Security-Token", token)
        }

        // 2. Build the canonical request, the string to sign and the signature.
        let canonical = canonicalRequest(for: signed, payloadHash: payloadHash)
        let toSign = stringToSign(canonicalRequest: canonical.text, timestamp: timestamp)
        let signature = signature(of: toSign, day: String(timestamp.prefix(8)))

        // 3. Add the Authorization header, then a token that is sent but not signed.
        let authorization =
            "\(Self.algorithm) Credential=\(credentials.accessKeyID)/\(scope(day: String(timestamp.prefix(8)))), "
            + "SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)"
        signed.headers.set("Authorization", authorization)
        if let token = credentials.sessionToken, !signsSessionToken {
            signed.headers.set("X-Amz-Security-Token", token)
        }
        return signed
    }

    // MARK: - Query-string authentication

    /// Returns `request` with the `X-Amz-*` authentication parameters added to its query, for a
    /// presigned URL that anyone holding it may use until it expires.
    ///
    /// Only the `Host` header is signed and the payload is `UNSIGNED-PAYLOAD`, as S3 expects.
    /// See https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
    /// - Parameters:
    ///   - request: The request to presign; its `Host` header must be set.
    ///   - date: The signing time.
    ///   - expires: Seconds the URL stays valid, from 1 to 604800.
    /// - Returns: The request with the signed query.
    public func presign(_ request: SigningRequest, at date: Date, expires: Int) -> SigningRequest {
        var signed = request
        let timestamp = Self.timestamp(date)
        let day = String(timestamp.prefix(8))
        signed.headers = request.headers.filter { $0.name.lowercased() == "host" }

        // 1. Add the authentication parameters, the token included, before signing.
        signed.query.append(QueryItem("X-Amz-Algorithm", Self.algorithm))
        signed.query.append(QueryItem("X-Amz-Credential", "\(credentials.accessKeyID)/\(scope(day: day))"))
        signed.query.append(QueryItem("X-Amz-Date", timestamp))
        signed.query.append(QueryItem("X-Amz-Expires", String(expires)))
        if let token = credentials.sessionToken {
            signed.query.append(QueryItem("X-Amz-Security-Token", token))
        }
        signed.query.append(QueryItem("X-Amz-SignedHeaders", signedHeaderNames(signed.headers)))

        // 2. Sign, then append the signature as the last parameter.
        let canonical = canonicalRequest(for: signed, payloadHash: "UNSIGNED-PAYLOAD")
        let toSign = stringToSign(canonicalRequest: canonical.text, timestamp: timestamp)
        signed.query.append(QueryItem("X-Amz-Signature", signature(of: toSign, day: day)))
        return signed
    }

    // MARK: - Steps

    /// Returns the canonical request text and the `;`-joined signed header names.
    public func canonicalRequest(for request: SigningRequest, payloadHash: String) -> (
        text: String, signedHeaders: String
    ) {
        let headers = canonicalHeaders(request.headers)
        let signedHeaders = headers.map(\.name).joined(separator: ";")
        let lines = [
            request.method,
            canonicalURI(request.path),
            canonicalQuery(request.query),
            headers.map { "\($0.name):\($0.value)\n" }.joined(),
            signedHeaders,
            payloadHash,
        ]
        return (lines.joined(separator: "\n"), signedHeaders)
    }

    /// Returns the string to sign for a canonical request at `timestamp` (`yyyyMMdd'T'HHmmss'Z'`).
    public func stringToSign(canonicalRequest: String, timestamp: String) -> String {
        [
            Self.algorithm, timestamp, scope(day: String(timestamp.prefix(8))),
            Crypto.sha256(canonicalRequest).hexEncoded,
        ].joined(separator: "\n")
    }

    /// Returns the hex signature of `stringToSign` with the key derived for `day` (`yyyyMMdd`).
    public func signature(of stringToSign: String, day: String) -> String {
        // The signing key chains HMACs over the date, region, service and a fixed terminator.
        let dateKey = Crypto.hmacSHA256(key: Data("AWS4\(credentials.secretAccessKey)".utf8), string: day)
        let regionKey = Crypto.hmacSHA256(key: dateKey, string: region)
        let serviceKey = Crypto.hmacSHA256(key: regionKey, string: service)
        let signingKey = Crypto.hmacSHA256(key: serviceKey, string: "aws4_request")
        return Crypto.hmacSHA256(key: signingKey, string: stringToSign).hexEncoded
    }

    /// Returns the credential scope `day/region/service/aws4_request`.
    public func scope(day: String) -> String {
        "\(day)/\(region)/\(service)/aws4_request"
    }

    /// Formats `date` as the basic ISO 8601 timestamp SigV4 uses, in UTC.
    public static func timestamp(_ date: Date) -> String {
        let components = Calendar.gregorianUTC.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: date)
        let values = [
            components.year, components.month, components.day, components.hour, components.minute,
            components.second,
        ].map { $0 ?? 0 }
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", values[0], values[1], values[2], values[3], values[4], values[5])
    }

    private func payloadHash(_ body: Data, _ payload: Payload) -> String {
        switch payload {
        case .signed: return Crypto.sha256(body).hexEncoded
        case .unsigned: return "UNSIGNED-PAYLOAD"
        }
    }

    private func canonicalURI(_ path: String) -> String {
        let path = path.isEmpty ? "/" : path
        switch pathStyle {
        case .asSent:
            return path
        case .normalizedDoubleEncoded:
            return URIEncoding.encode(Self.normalizedPath(path), keepingSlashes: true)
        }
    }

    /// Sorts parameters by encoded name, then encoded value; an empty value keeps its `=`.
    private func canonicalQuery(_ items: [QueryItem]) -> String {
        let encoded: [QueryItem] = items.map { QueryItem(URIEncoding.encode($0.name), URIEncoding.encode($0.value)) }
        let sorted = encoded.sorted { lhs, rhs in
            lhs.name == rhs.name ? lhs.value < rhs.value : lhs.name < rhs.name
        }
        return sorted.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    /// Lowercases names, joins repeated names with `,` in request order, trims values and
    /// collapses inner runs of whitespace (folded lines included) to one space.
    private func canonicalHeaders(_ headers: [HTTPHeader]) -> [HTTPHeader] {
        var merged: [String: [String]] = [:]
        for header in headers {
            let value = header.value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                .joined(separator: " ")
            merged[header.name.lowercased(), default: []].append(value)
        }
        return merged.keys.sorted().map { HTTPHeader($0, merged[$0, default: []].joined(separator: ",")) }
    }

    private func signedHeaderNames(_ headers: [HTTPHeader]) -> String {
        Set(headers.map { $0.name.lowercased() }).sorted().joined(separator: ";")
    }

    /// Removes empty, `.` and `..` segments as RFC 3986 section 5.2.4 does, keeping a trailing slash.
    static func normalizedPath(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        var result = "/" + segments.joined(separator: "/")
        if path.hasSuffix("/") && result != "/" {
            result += "/"
        }
        return result
    }
}

extension Calendar {
    /// A Gregorian calendar in UTC, for AWS timestamps.
    static let gregorianUTC: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}
