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

    private func walk(directory: String) -> [Candidate] {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let keys: [URLResourceKey] = [.isDirectoryKey, .isRegularFileKey, .fileSizeKey]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else {
            return []
        }
        var found: [Candidate] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isDirectory == true {
                if Self.excludedDirectories.contains(url.lastPathComponent) { enumerator.skipDescendants() }
                continue
            }
            guard values?.isRegularFile == true else { continue }
            let isTemplate = Self.extensions.contains(url.pathExtension.lowercased())
            guard isTemplate || (includesEveryFile && (values?.fileSize ?? 0) <= SecretScanner.maximumFileSize) else {
                continue
            }
            let fullPath = url.standardizedFileURL.path
            found.append(
                Candidate(
                    fullPath: fullPath, displayPath: display(fullPath), isExplicit: false, isTemplateCandidate: isTemplate))
        }
        return found
    }

    /// Returns `path` as an absolute, standardized path.
    private func absolute(_ path: String) -> String {
        let url = path.hasPrefix("/")
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
