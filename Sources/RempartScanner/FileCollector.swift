import Foundation
import RempartSecrets
import RempartSupport

/// Finds the files a scan reads: the files named on the command line and, under each named
/// directory, every file with a template extension, plus every other file no larger than
/// `SecretScanner.maximumFileSize` when secrets are scanned.
struct FileCollector: Sendable {
    /// A file to read.
    struct Candidate: Sendable, Hashable {
        /// The path used to open the file.
        var fullPath: String
        /// The path shown in reports, relative to the working directory when inside it.
        var displayPath: String
        /// Whether the user named this file; a named file that fails to parse is rejected,
        /// while one found by a directory walk may be skipped.
        var isExplicit: Bool
        /// Whether the file is read as a template; other files are only searched for secrets.
        var isTemplateCandidate = true
    }

    /// Extensions read during a directory walk; `.txt` files count only when they parse as templates.
    static let extensions: Set<String> = ["json", "yaml", "yml", "template", "txt"]
    /// Directory names never entered.
    static let excludedDirectories: Set<String> = [".git", "node_modules", ".build"]

    var workingDirectory: String
    /// Whether the walk also returns files without a template extension, for the secret scanner.
    var includesEveryFile = false

    /// Returns the files under `paths`, sorted by display path and without duplicates, and an
    /// error for each path that does not exist.
    func collect(_ paths: [String]) -> (candidates: [Candidate], errors: [Diagnostic]) {
        var candidates: [Candidate] = []
        var errors: [Diagnostic] = []
        let fileManager = FileManager.default
        for path in paths {
            let fullPath = absolute(path)
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: fullPath, isDirectory: &isDirectory) else {
                let reason = FileAccessProblem.problem(finding: fullPath) ?? Self.notFound
                errors.append(Diagnostic(.error, reason, file: path))
                continue
            }
            if isDirectory.boolValue {
                candidates.append(contentsOf: walk(directory: fullPath))
            } else {
                candidates.append(Candidate(fullPath: fullPath, displayPath: display(fullPath), isExplicit: true))
            }
        }

        var seen: Set<String> = []
        let unique = candidates.filter { seen.insert($0.fullPath).inserted }
        return (unique.sorted { $0.displayPath < $1.displayPath }, errors)
    }

    /// Returns the candidates under `directory`, an absolute standardized path.
    ///
    /// The walk reads each directory with `readdir`, whose entry types spare a `stat` per file
    /// (only files read for secrets alone need their size). Symbolic links are not followed,
    /// so a link loop cannot trap the walk, and directories in `excludedDirectories` are not
    /// entered.
    private func walk(directory: String) -> [Candidate] {
        var found: [Candidate] = []
        var pending = [directory]
        while let current = pending.popLast() {
            guard let stream = opendir(current) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard name != ".", name != ".." else { continue }
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                switch Self.kind(of: entry.pointee.d_type, at: path) {
                case .directory:
                    if !Self.excludedDirectories.contains(name) { pending.append(path) }
                case .regularFile:
                    let isTemplate = Self.extensions.contains(Self.pathExtension(of: name))
                    guard isTemplate || (includesEveryFile && Self.size(of: path) <= SecretScanner.maximumFileSize)
                    else { continue }
                    found.append(
                        Candidate(
                            fullPath: path, displayPath: display(path), isExplicit: false,
                            isTemplateCandidate: isTemplate))
                case .other:
                    continue
                }
            }
        }
        return found
    }

    /// The kind of a directory entry, for the walk.
    private enum EntryKind {
        case directory, regularFile, other
    }

    /// Returns the kind of the entry at `path` from its `readdir` type, or from `lstat` when the file
    /// system does not give one.
    private static func kind(of type: UInt8, at path: String) -> EntryKind {
        switch Int(type) {
        case Int(DT_DIR): return .directory
        case Int(DT_REG): return .regularFile
        case Int(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .directory
            case S_IFREG: return .regularFile
            default: return .other
            }
        default: return .other
        }
    }

    /// Returns the size of the file at `path` in bytes, or `Int.max` when it cannot be read.
    private static func size(of path: String) -> Int {
        var info = stat()
        guard lstat(path, &info) == 0 else { return Int.max }
        return Int(info.st_size)
    }

    /// Returns the extension of a file name, lower-cased, as `URL.pathExtension` gives it: empty for
    /// `.hidden` and `name.`.
    private static func pathExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex
        else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Returns `path` as an absolute, standardized path.
    private func absolute(_ path: String) -> String {
        let url =
            path.hasPrefix("/")
            ? URL(fileURLWithPath: path) : URL(fileURLWithPath: workingDirectory).appendingPathComponent(path)
        return url.standardizedFileURL.path
    }

    /// Returns the path relative to the working directory when it is inside it, else unchanged.
    private func display(_ fullPath: String) -> String {
        let base = URL(fileURLWithPath: workingDirectory).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return fullPath.hasPrefix(prefix) ? String(fullPath.dropFirst(prefix.count)) : fullPath
    }

    private static let notFound = LocalizedText(
        "no such file or directory", fr: "fichier ou dossier introuvable")
}
