import Foundation
import RempartSupport
import RempartTemplate

#if canImport(Glibc)
    import Glibc
#endif

/// Finds an output path that would replace one of the command's own inputs, so that a slip
/// such as `rempart scan -o vpc.yaml vpc.yaml` cannot destroy the template it reads.
enum InputOverwriteCheck {
    /// Returns the input that writing `output` would replace, or nil when it replaces none.
    ///
    /// An existing regular file is an input when it is one of `inputs` (the same file, also
    /// through a link), or when it lies inside an input directory and is a CloudFormation template,
    /// which the scan reads. A previous report in a scanned directory is no template, so it may
    /// be replaced.
    static func overwrittenInput(_ output: String, inputs: [String], workingDirectory: String) -> String? {
        let outputPath = absolute(output, in: workingDirectory)
        guard let target = identity(of: outputPath), target.isRegularFile else { return nil }
        for input in inputs {
            let inputPath = absolute(input, in: workingDirectory)
            guard let source = identity(of: inputPath) else { continue }
            if source.isRegularFile, source.device == target.device, source.inode == target.inode { return input }
            if source.isDirectory, isInside(outputPath, directory: inputPath), isTemplate(outputPath) { return input }
        }
        return nil
    }

    /// Prints why `output` cannot be written and returns true when it would replace an input.
    static func rejects(_ output: String, inputs: [String], context: CommandContext) -> Bool {
        guard let input = overwrittenInput(output, inputs: inputs, workingDirectory: context.workingDirectory) else {
            return false
        }
        context.report(Diagnostic(.error, replacesInput(input), file: output))
        return true
    }

    // MARK: - Helpers

    private struct Identity {
        var device: UInt64
        var inode: UInt64
        var isRegularFile: Bool
        var isDirectory: Bool
    }

    private static func identity(of path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let type = status.st_mode & S_IFMT
        return Identity(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino), isRegularFile: type == S_IFREG,
            isDirectory: type == S_IFDIR)
    }

    private static func absolute(_ path: String, in workingDirectory: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: workingDirectory).appendingPathComponent(path).path
    }

    /// Returns whether `path` is below `directory`, comparing paths with every link resolved.
    private static func isInside(_ path: String, directory: String) -> Bool {
        let file = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let folder = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        return file.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    private static func isTemplate(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        do {
            if case .template = try TemplateReader.read(data, file: path) { return true }
            return false
        } catch {
            // A template with an error is still the user's template.
            return ["AWSTemplateFormatVersion", "AWS::"].contains { data.range(of: Data($0.utf8)) != nil }
        }
    }

    // MARK: - Messages

    private static func replacesInput(_ input: String) -> LocalizedText {
        LocalizedText(
            "this output file would replace '\(input)', an input of the command, so nothing was written; choose "
                + "another output path",
            fr: "ce fichier de sortie remplacerait « \(input) », une entrée de la commande, donc rien n'a été écrit ; "
                + "choisissez un autre chemin de sortie")
    }
}
