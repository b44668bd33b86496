import Foundation
import RempartAWS

/// Uploads files to a bucket, a bounded number at a time.
struct SourceUploader: Sendable {
    /// The most uploads in flight at once.
    var maxConcurrentUploads: Int

    /// Uploads `files` as `<prefix><relative path>`.
    ///
    /// - Throws: `DeployError.unreadableSource` for a file that cannot be read, or the first `AWSError`.
    func upload(_ files: [SourceFile], to bucket: String, prefix: String, s3: S3) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            func addUpload() throws {
                let file = files[next]
                next += 1
                let body: Data
                do {
                    body = try Data(contentsOf: file.url)
                } catch {
                    throw DeployError.unreadableSource(path: file.url.path, reason: error.localizedDescription)
                }
                group.addTask {
                    _ = try await s3.putObject(
                        bucket: bucket, key: prefix + file.relativePath, body: body,
                        contentType: Self.contentType(of: file))
                }
            }
            while next < min(maxConcurrentUploads, files.count) { try addUpload() }
            while try await group.next() != nil {
                if next < files.count { try addUpload() }
            }
        }
    }

    /// The content type from the file extension; text for source files, else binary.
    static func contentType(of file: SourceFile) -> String {
        switch (file.relativePath as NSString).pathExtension.lowercased() {
        case "json": "application/json"
        case "yaml", "yml": "application/yaml"
        case "swift", "py", "md", "txt", "sh", "c", "h": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
