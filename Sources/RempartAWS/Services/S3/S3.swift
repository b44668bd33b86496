import Foundation

/// Typed S3 operations (REST-XML, path-style addressing: `/bucket/key`).
///
/// Bucket settings are in `S3+BucketSettings.swift`, objects in `S3+Objects.swift`.
public struct S3: Sendable {
    /// The client that signs and sends calls.
    public var client: AWSClient

    /// Creates the S3 client.
    public init(client: AWSClient) {
        self.client = client
    }

    /// A bucket in `ListBuckets`.
    public struct Bucket: Sendable, Equatable {
        /// The `Name` element of the response.
        public var name: String
        public var creationDate: Date?
    }

    /// Sends one S3 call; `subresource` is the bare query flag such as `versioning`.
    @discardableResult
    func request(
        _ operation: String, method: String, bucket: String? = nil, key: String? = nil, subresource: String? = nil,
        query: [QueryItem] = [], headers: [HTTPHeader] = [], body: Data = Data(),
        payload: SigV4Signer.Payload = .signed
    ) async throws -> HTTPResponse {
        var path = "/"
        if let bucket {
            path += URIEncoding.encode(bucket)
            if let key { path += "/" + URIEncoding.encode(key, keepingSlashes: true) }
        }
        var items = query
        if let subresource { items.insert(QueryItem(subresource), at: 0) }
        var allHeaders = headers
        if !body.isEmpty, method == "PUT" || method == "POST" {
            // Several configuration calls reject bodies without an integrity header.
            allHeaders.append(HTTPHeader("Content-MD5", Crypto.md5(body).base64EncodedString()))
        }
        return try await client.send(
            service: .s3, operation: operation, method: method, path: path, query: items, headers: allHeaders,
            body: body, payload: payload)
    }

    /// Sends a call and parses the XML body.
    func xmlRequest(
        _ operation: String, method: String = "GET", bucket: String? = nil, subresource: String? = nil,
        query: [QueryItem] = []
    ) async throws -> XMLNode {
        let response = try await request(
            operation, method: method, bucket: bucket, subresource: subresource, query: query)
        return try client.xml(response, service: .s3, operation: operation)
    }

    /// Runs `body` and returns nil when S3 returns one of the error `codes` (a setting that is not configured).
    func absentOn<T>(_ codes: Set<String>, _ body: () async throws -> T) async throws -> T? {
        do {
            return try await body()
        } catch let error as AWSError {
            if let code = error.code, codes.contains(code) { return nil }
            throw error
        }
    }

    // MARK: - Buckets

    /// Creates a bucket; outside `us-east-1` the region goes in `LocationConstraint` (`CreateBucket`).
    public func createBucket(_ name: String) async throws {
        let region = client.configuration.region
        var body = Data()
        if region != "us-east-1" {
            let document = XMLWriter.element("CreateBucketConfiguration", [.text("LocationConstraint", region)])
            body = Data(document.document().utf8)
        }
        try await request("CreateBucket", method: "PUT", bucket: name, body: body)
    }

    /// Deletes an empty bucket (`DeleteBucket`).
    public func deleteBucket(_ name: String) async throws {
        try await request("DeleteBucket", method: "DELETE", bucket: name)
    }

    /// Lists the account's buckets (`ListBuckets`).
    public func listBuckets() async throws -> [Bucket] {
        let root = try await xmlRequest("ListBuckets")
        return root.list("Buckets", element: "Bucket").map {
            Bucket(name: $0.string("Name") ?? "", creationDate: AWSTimestamp.parse($0.string("CreationDate")))
        }
    }

    /// Returns whether the bucket exists and is reachable (`HeadBucket`); false on 404.
    public func bucketExists(_ name: String) async throws -> Bool {
        do {
            try await request("HeadBucket", method: "HEAD", bucket: name)
            return true
        } catch let error as AWSError where error.statusCode == 404 {
            return false
        }
    }

    /// Returns a presigned GET URL for an object, valid for `expires` seconds.
    public func presignedGetURL(bucket: String, key: String, expires: Int = 3600, at date: Date = Date()) throws -> URL
    {
        let endpoint = try client.configuration.endpoint(for: .s3)
        var host = endpoint.host ?? ""
        if let port = endpoint.port { host += ":\(port)" }
        let basePath = endpoint.path.hasSuffix("/") ? String(endpoint.path.dropLast()) : endpoint.path
        let path = basePath + "/" + URIEncoding.encode(bucket) + "/" + URIEncoding.encode(key, keepingSlashes: true)
        let signer = SigV4Signer(
            credentials: client.configuration.credentials, region: client.configuration.region,
            service: AWSService.s3.signingName, pathStyle: AWSService.s3.signingPathStyle)
        let signed = signer.presign(
            SigningRequest(method: "GET", path: path, headers: [HTTPHeader("Host", host)]), at: date, expires: expires)
        let text = "\(endpoint.scheme ?? "https")://\(host)\(path)?\(URIEncoding.queryString(signed.query))"
        guard let url = URL(string: text) else {
            throw AWSError.invalidEndpoint(value: text, source: "presigned URL")
        }
        return url
    }
}
