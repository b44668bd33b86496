import Foundation
import RempartSupport

/// The file named by `--output`.
enum ReportFile {
    /// An output path that cannot receive a report, with what to do about it.
    struct Problem: Error {
        var message: LocalizedText
    }

    /// Writes `data` to `path`, resolved against `workingDirectory`.
    ///
    /// A new or regular file is replaced atomically, so no reader sees half a report. A symbolic
    /// link, a device such as `/dev/null` or a named pipe is opened and written in place. An
    /// atomic write would rename a temporary file over the path, and so replace the link, or
    /// (when run as root) the device node itself, with a regular file.
    ///
    /// - Throws: `Problem` when `path` is a directory or its folder does not exist, else the
    ///   error of the failed write.
    static func write(_ data: Data, to path: String, workingDirectory: String) throws {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
        let fileManager = FileManager.default
        let attributes = try? fileManager.attributesOfItem(atPath: url.path)
        let type = attributes?[.type] as? FileAttributeType
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Problem(message: isADirectory(path))
        }
        let folder = url.deletingLastPathComponent().path
        if type == nil, !fileManager.fileExists(atPath: folder) {
            throw Problem(message: missingFolder(folder))
        }

        guard let type, type != .typeRegular else {
            try data.write(to: url, options: .atomic)
            return
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        // Devices and pipes cannot be truncated, but a link to a regular file must be.
        try? handle.truncate(atOffset: 0)
        try handle.write(contentsOf: data)
    }

    // MARK: - Messages

    private static func isADirectory(_ path: String) -> LocalizedText {
        LocalizedText(
            "it is a directory; give a file path such as \(path)/report.json",
            fr: "c’est un dossier; indiquez un chemin de fichier comme \(path)/rapport.json")
    }

    private static func missingFolder(_ folder: String) -> LocalizedText {
        LocalizedText(
            "the folder \(folder) does not exist; create it first or write the report elsewhere",
            fr: "le dossier \(folder) n’existe pas; créez-le d’abord ou écrivez le rapport ailleurs")
    }
}
