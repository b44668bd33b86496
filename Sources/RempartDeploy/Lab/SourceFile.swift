import Foundation

/// A file uploaded with a deployment: its key below `sourcecode/` and where it is on disk.
public struct SourceFile: Sendable, Equatable {
    /// The path relative to the uploaded directory, with `/` separators.
    public var relativePath: String
    /// The file on disk.
    public var url: URL

    /// Creates a source file.
    public init(relativePath: String, url: URL) {
        self.relativePath = relativePath
        self.url = url
    }

    /// Lists the regular files below `directory`, sorted, skipping hidden files and directories.
    ///
    /// - Throws: `DeployError.unreadableSource` when the directory cannot be listed.
    public static func collect(in directory: URL) throws -> [SourceFile] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DeployError.unreadableSource(path: directory.path, reason: "not a directory")
        }
        guard
            let enumerator = manager.enumerator(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw DeployError.unreadableSource(path: directory.path, reason: "cannot be listed") }

        let base = directory.standardizedFileURL.path
        var files: [SourceFile] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            var relative = String(url.standardizedFileURL.path.dropFirst(base.count))
            while relative.hasPrefix("/") { relative.removeFirst() }
            files.append(SourceFile(relativePath: relative, url: url))
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }
}
