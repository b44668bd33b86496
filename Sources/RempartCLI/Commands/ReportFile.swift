import Foundation
import RempartSupport

/// The file named by `--output`, open for writing a report in pieces.
///
/// A new or regular file is written to a temporary file beside it, then renamed over it, so a
/// failed run never leaves half a report under the requested name. A symbolic link, a device
/// such as `/dev/null` or a named pipe is opened and written in place. Renaming over it would
/// replace the link, or (when run as root) the device node itself, with a regular file.
struct ReportFile {
    /// An output path that cannot receive a report, with what to do about it.
    struct Problem: Error {
        var message: LocalizedText
    }

    private let handle: FileHandle
    /// The temporary file renamed over `target` by `commit()`, or nil when writing in place.
    private let partial: URL?
    private let target: URL

    /// Opens `path`, resolved against `workingDirectory`.
    ///
    /// - Parameter example: A file name that fits the output, such as `report.json`, suggested
    ///   inside `path` when it is a directory.
    /// - Throws: `Problem` when `path` is a directory, its folder does not exist or the
    ///   temporary file cannot be created, else the error of opening the file.
    init(path: String, workingDirectory: String, example: String) throws {
        let base = URL(fileURLWithPath: workingDirectory, isDirectory: true)
        target = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Problem(message: Self.isADirectory(path, example: example))
        }
        let type = (try? fileManager.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType
        let folder = target.deletingLastPathComponent().path
        if type == nil, !fileManager.fileExists(atPath: folder) {
            throw Problem(message: Self.missingFolder(folder))
        }

        if let type, type != .typeRegular {
            handle = try FileHandle(forWritingTo: target)
            // Devices and pipes cannot be truncated, but a link to a regular file must be.
            try? handle.truncate(atOffset: 0)
            partial = nil
            return
        }
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        guard fileManager.createFile(atPath: partial.path, contents: nil) else {
            throw Problem(message: fileManager.isWritableFile(atPath: folder) ? Self.cannotCreate : Self.notWritable(folder))
        }
        handle = try FileHandle(forWritingTo: partial)
        self.partial = partial
    }

    /// Appends `data` to the report.
    func write(_ data: Data) throws {
        try handle.write(contentsOf: data)
    }

    /// Closes the file and, for a regular target, renames the temporary file over it.
    func commit() throws {
        try handle.close()
        guard let partial else { return }
        // rename(2) replaces an existing report atomically.
        guard rename(partial.path, target.path) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// Closes the file and removes the temporary file, after a failed write.
    func discard() {
        try? handle.close()
        if let partial { try? FileManager.default.removeItem(at: partial) }
    }

    // MARK: - Messages

    private static func isADirectory(_ path: String, example: String) -> LocalizedText {
        let file = (path as NSString).appendingPathComponent(example)
        return LocalizedText(
            "it is a directory; give a file path such as \(file)",
            fr: "c'est un dossier ; indiquez un chemin de fichier comme \(file)")
    }

    private static func missingFolder(_ folder: String) -> LocalizedText {
        LocalizedText(
            "the folder \(folder) does not exist; create it first or write the report elsewhere",
            fr: "le dossier \(folder) n'existe pas ; créez-le d'abord ou écrivez le rapport ailleurs")
    }

    private static func notWritable(_ folder: String) -> LocalizedText {
        LocalizedText(
            "permission denied in the folder \(folder); choose a folder you can write to",
            fr: "permission refusée dans le dossier \(folder); choisissez un dossier où vous pouvez écrire")
    }

    private static let cannotCreate = LocalizedText(
        "cannot create the report file; check that its folder exists and is writable",
        fr: "impossible de créer le fichier du rapport ; vérifiez que son dossier existe et est accessible en écriture")
}
