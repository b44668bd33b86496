import Foundation

extension S3 {
    /// An object in a listing.
    public struct Object: Sendable, Equatable {
        /// The `Key` element of the response.
        public var key: String
        /// The `Size` element of the response.
        public var size: Int
        /// The `ETag` element of the response.
        public var eTag: String
    }

    /// One version or delete marker in `ListObjectVersions`.
    public struct ObjectVersion: Sendable, Equatable {
        /// The `Key` element of the response.
        public var key: String
        /// The `VersionId` element of the response.
        public var versionID: String
        public var isDeleteMarker: Bool
    }

    /// Uploads an object and returns its version ID when versioning is on (`PutObject`).
    ///
    /// With `payload: .unsigned` the body hash is left out of the signature (`UNSIGNED-PAYLOAD`), which
    /// spares hashing a large body twice; `Content-MD5` still protects it in transit.
    @discardableResult
    public func putObject(
        bucket: String, key: String, body: Data, contentType: String = "application/octet-stream",
        payload: SigV4Signer.Payload = .signed
    ) async throws -> String? {
        let response = try await request(
            "PutObject", method: "PUT", bucket: bucket, key: key, headers: [HTTPHeader("Content-Type", contentType)],
            body: body, payload: payload)
        return response.headers.value(for: "x-amz-version-id")
    }

    /// Downloads an object (`GetObject`).
    public func getObject(bucket: String, key: String) async throws -> Data {
        try await request("GetObject", method: "GET", bucket: bucket, key: key).body
    }

    /// Deletes an object or one of its versions (`DeleteObject`).
    public func deleteObject(bucket: String, key: String, versionID: String? = nil) async throws {
        let query = versionID.map { [QueryItem("versionId", $0)] } ?? []
        try await request("DeleteObject", method: "DELETE", bucket: bucket, key: key, query: query)
    }

    /// The maximum number of keys one `DeleteObjects` call takes.
    public static let deleteObjectsLimit = 1000

    /// Deletes objects or versions, `deleteObjectsLimit` per call (`DeleteObjects`, quiet mode), and returns
    /// the keys S3 could not delete, each with its error code.
    @discardableResult
    public func deleteObjects(bucket: String, _ objects: [ObjectVersion]) async throws -> [(key: String, code: String)]
    {
        var failures: [(key: String, code: String)] = []
        for start in stride(from: 0, to: objects.count, by: Self.deleteObjectsLimit) {
            let batch = objects[start..<min(start + Self.deleteObjectsLimit, objects.count)]
            let elements: [XMLWriter] = batch.map { object in
                var children: [XMLWriter] = [.text("Key", object.key)]
                if !object.versionID.isEmpty { children.append(.text("VersionId", object.versionID)) }
                return .element("Object", children)
            }
            let document = XMLWriter.element("Delete", [.text("Quiet", "true")] + elements)
            // Without a content type, the HTTP client would label the body as a form, which some
            // servers then parse and drop.
            let response = try await request(
                "DeleteObjects", method: "POST", bucket: bucket, subresource: "delete",
                headers: [HTTPHeader("Content-Type", "application/xml")], body: Data(document.document().utf8))
            let root = try client.xml(response, service: .s3, operation: "DeleteObjects")
            failures += root.children("Error").map { ($0.string("Key") ?? "", $0.string("Code") ?? "") }
        }
        return failures
    }

    /// Lists objects under `prefix` on every page (`ListObjectsV2`, `ContinuationToken`).
    public func listObjects(bucket: String, prefix: String? = nil) async throws -> [Object] {
        try await client.paginate { token in
            var query = [QueryItem("list-type", "2")]
            if let prefix { query.append(QueryItem("prefix", prefix)) }
            if let token { query.append(QueryItem("continuation-token", token)) }
            let root = try await xmlRequest("ListObjectsV2", bucket: bucket, query: query)
            let objects = root.children("Contents").map {
                Object(key: $0.string("Key") ?? "", size: $0.int("Size") ?? 0, eTag: $0.string("ETag") ?? "")
            }
            let next = root.bool("IsTruncated") == true ? root.string("NextContinuationToken") : nil
            return (objects, next)
        }
    }

    /// Lists every version and delete marker (`ListObjectVersions`, `KeyMarker`/`VersionIdMarker`).
    public func listObjectVersions(bucket: String) async throws -> [ObjectVersion] {
        try await client.paginate { token in
            var query: [QueryItem] = []
            if let token {
                // The token joins the two markers; keys cannot contain a NUL character.
                let parts = token.components(separatedBy: "\u{0}")
                query = [
                    QueryItem("key-marker", parts[0]), QueryItem("version-id-marker", parts.count > 1 ? parts[1] : ""),
                ]
            }
            let root = try await xmlRequest("ListObjectVersions", bucket: bucket, subresource: "versions", query: query)
            let versions = root.children("Version").map {
                ObjectVersion(
                    key: $0.string("Key") ?? "", versionID: $0.string("VersionId") ?? "", isDeleteMarker: false)
            }
            let markers = root.children("DeleteMarker").map {
                ObjectVersion(
                    key: $0.string("Key") ?? "", versionID: $0.string("VersionId") ?? "", isDeleteMarker: true)
            }
            var next: String?
            if root.bool("IsTruncated") == true {
                next = (root.string("NextKeyMarker") ?? "") + "\u{0}" + (root.string("NextVersionIdMarker") ?? "")
            }
            return (versions + markers, next)
        }
    }
}
