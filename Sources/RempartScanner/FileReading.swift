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
            return unreadable(candidate)
        }
        return read(data, path: candidate.displayPath, isExplicit: candidate.isExplicit)
    }

    /// Returns the outcome of a candidate whose contents could not be read, with the reason.
    static func unreadable(_ candidate: FileCollector.Candidate) -> Outcome {
        var message = LocalizedText("cannot read the file", fr: "impossible de lire le fichier")
        if let reason = FileAccessProblem.problem(readingFile: candidate.fullPath) {
            message = LocalizedText(
                "\(message.english): \(reason.english)", fr: "\(message.french) : \(reason.french)")
        }
        let error = Diagnostic(.error, message, file: candidate.displayPath)
        return Outcome(file: ScannedFile(path: candidate.displayPath, status: .rejected, error: error))
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
                // A named file without any content cannot be the template the user meant.
                if isExplicit, let emptiness = emptiness(of: data) {
                    let error = Diagnostic(.error, emptiness, file: path)
                    return Outcome(file: ScannedFile(path: path, status: .rejected, error: error))
                }
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

    /// Returns why `data` contains nothing to read (no byte but spaces, or only YAML comments and
    /// document markers), or nil when it has content.
    private static func emptiness(of data: Data) -> LocalizedText? {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let contentLines = lines.filter { !$0.isEmpty }
        if contentLines.isEmpty {
            return LocalizedText(
                "the file is empty; a template needs at least a Resources section",
                fr: "le fichier est vide ; un modèle doit contenir au moins une section Resources")
        }
        let isCommentOrMarker = { (line: String) in line.hasPrefix("#") || line == "---" || line == "..." }
        guard contentLines.allSatisfy(isCommentOrMarker) else { return nil }
        return LocalizedText(
            "the file contains only comments; a template needs at least a Resources section",
            fr: "le fichier ne contient que des commentaires ; un modèle doit contenir au moins une section Resources")
    }

    /// Whether raw bytes mention what every CloudFormation template has.
    private static func looksLikeTemplate(_ data: Data) -> Bool {
        let markers = ["AWSTemplateFormatVersion", "AWS::"].map { Data($0.utf8) }
        return markers.contains { data.range(of: $0) != nil }
    }
}
