import Foundation
import RempartSupport
import RempartTemplate

/// Writes the CloudFormation templates of an app into a directory.
public enum Synthesizer {
    /// Writes the lab's three templates for `profile` into `directory`, creating it if needed.
    ///
    /// The files keep the lab's names (`vpc.yaml`, `ec2.json`, `s3.json`) unless `format`
    /// forces one format for all three, which changes their extensions (`vpc.json`, …).
    ///
    /// - Parameters:
    ///   - profile: The lab's baseline or the hardened architecture.
    ///   - format: The format of every file, or nil for each file's own.
    ///   - directory: The output directory.
    ///   - parameters: The defaults of the templates' parameters.
    ///   - replacesFiles: Whether files of the same names whose contents differ are replaced.
    ///   - logger: Receives one info line per file written.
    /// - Returns: The files written, in the app's order.
    /// - Throws: `SynthesisError` when the directory cannot be created or written, a file would
    ///   be replaced without `replacesFiles`, or the architecture is inconsistent.
    @discardableResult
    public static func write(
        profile: LabProfile, format: Template.Format? = nil, to directory: URL,
        parameters: LabParameters = LabParameters(), replacesFiles: Bool = false, logger: Logger = .disabled
    ) throws(SynthesisError) -> [URL] {
        try write(
            LabArchitecture.app(profile: profile, parameters: parameters), format: format, to: directory,
            replacesFiles: replacesFiles, logger: logger)
    }

    /// Writes every stack of `app` into `directory`, creating it if needed.
    ///
    /// Every template is rendered and compared with the file it would replace before anything is
    /// written, so a refusal leaves the directory untouched. A file whose contents are already
    /// the rendered template is left as it is.
    ///
    /// - Returns: The files written, in the app's order.
    /// - Throws: `SynthesisError` when the directory cannot be created or written, a file would
    ///   be replaced without `replacesFiles`, or the app fails `App.validate()`.
    @discardableResult
    public static func write(
        _ app: App, format: Template.Format? = nil, to directory: URL, replacesFiles: Bool = false,
        logger: Logger = .disabled
    ) throws(SynthesisError) -> [URL] {
        do {
            try app.validate()
        } catch {
            throw .invalidArchitecture(error)
        }
        try prepare(directory)

        var files: [(url: URL, text: String, resourceCount: Int)] = []
        for stack in app.stacks {
            let (name, fileFormat) = fileName(of: stack, forcing: format)
            files.append((directory.appendingPathComponent(name), try render(stack, as: fileFormat), stack.resources.count))
        }
        let replaced = files.filter { file in
            guard let existing = FileManager.default.contents(atPath: file.url.path) else { return false }
            return existing != Data(file.text.utf8)
        }
        if !replaced.isEmpty, !replacesFiles {
            throw .wouldReplace(paths: replaced.map(\.url.path))
        }

        var written: [URL] = []
        for (url, text, resourceCount) in files {
            do {
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                throw .writeFailed(path: url.path, reason: Self.reason(error))
            }
            logger.info("wrote \(resourceCount) resources", metadata: ["template.path": url.path])
            written.append(url)
        }
        return written
    }

    /// Returns the template text of `stack` in `format`.
    ///
    /// - Throws: `SynthesisError.unwritableValue` when a construct rendered an evaluated `.unknown` value.
    public static func render(_ stack: Stack, as format: Template.Format) throws(SynthesisError) -> String {
        do {
            switch format {
            case .yaml: return try YAMLWriter().write(stack.template)
            case .json: return try JSONWriter().write(stack.template)
            }
        } catch {
            throw .unwritableValue(file: stack.fileName, error)
        }
    }

    /// Returns the stack's file name and format, with the extension replaced when a format is forced.
    public static func fileName(of stack: Stack, forcing format: Template.Format?) -> (String, Template.Format) {
        let base = (stack.fileName as NSString).deletingPathExtension
        let ownExtension = (stack.fileName as NSString).pathExtension.lowercased()
        let own: Template.Format = ownExtension == "json" ? .json : .yaml
        guard let format, format != own else { return (stack.fileName, own) }
        return ("\(base).\(format.rawValue)", format)
    }

    /// Returns the system's reason for a failed file operation, without Foundation's wrapping text.
    private static func reason(_ error: any Error) -> LocalizedText {
        if let code = FileAccessProblem.posixCode(of: error) { return FileAccessProblem.reason(errno: code) }
        return LocalizedText(error.localizedDescription, fr: error.localizedDescription)
    }

    /// Creates `directory` when missing and checks that it is a writable directory.
    private static func prepare(_ directory: URL) throws(SynthesisError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(path: directory.path) }
        } else {
            do {
                try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw .directoryNotCreated(path: directory.path, reason: Self.reason(error))
            }
        }
        guard manager.isWritableFile(atPath: directory.path) else { throw .directoryNotWritable(path: directory.path) }
    }
}
