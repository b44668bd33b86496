import Foundation
import RempartSupport
import RempartTemplate

/// Reads one file and decides which of the three groups it belongs to.
enum FileReading {
    /// The file entry, and the template when the file is one.
    struct Outcome: Sendable {
        var file: ScannedFile
        var template: Template?
        /// Warnings about the file that do not stop the scan.
        var warnings: [Diagnostic] = []
    }

    /// Reads a candidate from disk.
    static func read(_ candidate: FileCollector.Candidate) -> Outcome {
        guard let data = FileManager.default.contents(atPath: candidate.fullPath) else {
            let error = Diagnostic(
                .error, LocalizedText("cannot read the file", fr: "impossible de lire le fichier"),
                file: candidate.displayPath)
            return Outcome(file: ScannedFile(path: candidate.displayPath, status: .rejected, error: error))
        }
        return read(data, path: candidate.displayPath, isExplicit: candidate.isExplicit)
    }

    /// Parses `data`; an invalid file is rejected when it was named or looks like a template,
    /// and skipped otherwise (a broken `package.json` in a directory is none of Rempart's business).
    static func read(_ data: Data, path: String, isExplicit: Bool) -> Outcome {
        do {
            switch try TemplateReader.read(data, file: path) {
            case .template(let template):
                return Outcome(
                    file: ScannedFile(path: path, status: .scanned, format: template.format), template: template)
            case .notATemplate:
                // A file the user named and that is skipped would otherwise pass without a word.
                let warnings = isExplicit ? [Diagnostic(.warning, notATemplate, file: path)] : []
                return Outcome(file: ScannedFile(path: path, status: .skipped), warnings: warnings)
            }
        } catch {
            let isText = path.lowercased().hasSuffix(".txt")
            if isExplicit || (!isText && looksLikeTemplate(data)) {
                return Outcome(file: ScannedFile(path: path, status: .rejected, error: error.diagnostic))
            }
            return Outcome(file: ScannedFile(path: path, status: .skipped))
        }
    }

    private static let notATemplate = LocalizedText(
        "not a CloudFormation template (no resource under Resources has an AWS::, Custom:: or Alexa:: type); "
            + "the file is skipped",
        fr: "pas un modèle CloudFormation (aucune ressource sous Resources n'a un type AWS::, Custom:: ou Alexa::) ; "
            + "le fichier est ignoré")

    /// Whether raw bytes mention what every CloudFormation template has.
    private static func looksLikeTemplate(_ data: Data) -> Bool {
        let markers = ["AWSTemplateFormatVersion", "AWS::"].map { Data($0.utf8) }
        return markers.contains { data.range(of: $0) != nil }
    }
}
