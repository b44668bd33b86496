import Foundation
import RempartSupport
import RempartTemplate

/// Parameter values read from a file given to `--parameters-file`.
///
/// Three shapes are accepted:
/// - the AWS CLI's list: `[{"ParameterKey": "Env", "ParameterValue": "prod"}]`;
/// - a plain map: `{"Env": "prod"}`;
/// - CodePipeline's template configuration: `{"Parameters": {"Env": "prod"}}`.
///
/// Numbers and booleans become their text; a list becomes a comma-separated string, as
/// `CommaDelimitedList` parameters expect.
public enum ParametersFile {
    /// Reads and parses the file at `path`.
    ///
    /// - Throws: `ParametersFileError` when the file cannot be read or has another shape.
    public static func load(path: String) throws(ParametersFileError) -> [String: String] {
        if let reason = FileAccessProblem.problem(readingFile: path) {
            throw ParametersFileError(path: path, problem: .unreadable(reason))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParametersFileError(
                path: path, problem: .unreadable(LocalizedText("the file cannot be read", fr: "le fichier est illisible")))
        }
        return try parse(data, path: path)
    }

    /// Parses the contents of a parameters file named `path`.
    ///
    /// The file is read by the template reader's strict JSON parser, so every problem has its
    /// line and column.
    ///
    /// - Throws: `ParametersFileError` when the contents are not one of the accepted shapes.
    public static func parse(_ data: Data, path: String) throws(ParametersFileError) -> [String: String] {
        let root: Node
        do throws(TemplateError) {
            root = try TemplateReader.readJSONValue(data, file: path)
        } catch {
            throw ParametersFileError(path: path, problem: .invalidSyntax(error.message, location: error.location))
        }

        switch root.kind {
        case .sequence(let elements):
            return try parseList(elements, path: path)
        case .mapping(let entries):
            if entries.count == 1, entries[0].key == "Parameters", case .mapping(let nested) = entries[0].value.kind {
                return try parseMap(nested, path: path)
            }
            return try parseMap(entries, path: path)
        default:
            throw ParametersFileError(path: path, problem: .unexpectedShape(location: root.location))
        }
    }

    private static func parseList(_ elements: [Node], path: String) throws(ParametersFileError) -> [String: String] {
        var values: [String: String] = [:]
        for (index, element) in elements.enumerated() {
            guard case .mapping = element.kind, case .string(let key)? = element["ParameterKey"]?.kind else {
                throw ParametersFileError(path: path, problem: .missingKey(index: index, location: element.location))
            }
            // `UsePreviousValue` entries carry no value: the stack's current value is unknown here.
            guard let raw = element["ParameterValue"] else {
                if case .bool(true)? = element["UsePreviousValue"]?.kind { continue }
                throw ParametersFileError(
                    path: path, problem: .missingValue(key: key, index: index, location: element.location))
            }
            guard let value = text(of: raw) else {
                throw ParametersFileError(path: path, problem: .invalidValue(key: key, location: raw.location))
            }
            values[key] = value
        }
        return values
    }

    private static func parseMap(_ entries: [Node.Entry], path: String) throws(ParametersFileError) -> [String: String] {
        var values: [String: String] = [:]
        for entry in entries {
            guard let value = text(of: entry.value) else {
                throw ParametersFileError(path: path, problem: .invalidValue(key: entry.key, location: entry.value.location))
            }
            values[entry.key] = value
        }
        return values
    }

    /// Returns the value as CloudFormation receives it: scalars as their text, lists joined with commas,
    /// nil for null, objects and nested lists.
    private static func text(of node: Node) -> String? {
        switch node.kind {
        case .string, .number, .bool: return node.scalarText
        case .sequence(let items):
            let texts = items.compactMap { item -> String? in
                if case .sequence = item.kind { return nil }
                return text(of: item)
            }
            return texts.count == items.count ? texts.joined(separator: ",") : nil
        default: return nil
        }
    }
}

/// A parameters file that could not be used.
public struct ParametersFileError: Error, Sendable, Equatable {
    /// What is wrong with the file.
    public enum Problem: Sendable, Equatable {
        /// The file cannot be opened: missing, a directory, a broken link, no permission.
        case unreadable(LocalizedText)
        /// Invalid JSON, with the reader's message and the place of the first problem.
        case invalidSyntax(LocalizedText, location: SourceLocation?)
        /// A scalar document instead of a list or an object.
        case unexpectedShape(location: SourceLocation?)
        /// A list element that is not an object with a string `ParameterKey`.
        case missingKey(index: Int, location: SourceLocation?)
        /// A list element with a key but neither `ParameterValue` nor `"UsePreviousValue": true`.
        case missingValue(key: String, index: Int, location: SourceLocation?)
        /// A value that is an object, null or a nested list.
        case invalidValue(key: String, location: SourceLocation?)
    }

    /// The file, as given.
    public var path: String
    public var problem: Problem

    /// Creates an error about the file at `path`.
    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// The error as a diagnostic naming the file and, when known, the line and column.
    public var diagnostic: Diagnostic {
        switch problem {
        case .unreadable(let reason):
            return Diagnostic(
                .error,
                LocalizedText(
                    "cannot read the parameters file: \(reason.english); check the path given to --parameters-file",
                    fr: "impossible de lire le fichier de paramètres : \(reason.french) ; vérifiez le chemin donné à "
                        + "--parameters-file"),
                file: path)
        case .invalidSyntax(let text, let location):
            return Diagnostic(.error, text, at: location, file: path)
        case .unexpectedShape(let location):
            return Diagnostic(
                .error,
                LocalizedText(
                    "a parameters file holds a list of {\"ParameterKey\": …, \"ParameterValue\": …} objects or a "
                        + "{\"Key\": \"Value\"} object; write one of those",
                    fr: "un fichier de paramètres contient une liste d'objets {\"ParameterKey\": …, "
                        + "\"ParameterValue\": …} ou un objet {\"Clé\": \"Valeur\"} ; écrivez l'un des deux"),
                at: location, file: path)
        case .missingKey(let index, let location):
            return Diagnostic(
                .error,
                LocalizedText(
                    "element \(index + 1) of the list has no string \"ParameterKey\"; write it as "
                        + "{\"ParameterKey\": \"Name\", \"ParameterValue\": \"value\"}",
                    fr: "l'élément \(index + 1) de la liste n'a pas de « ParameterKey » de type chaîne ; écrivez-le "
                        + "sous la forme {\"ParameterKey\": \"Nom\", \"ParameterValue\": \"valeur\"}"),
                at: location, file: path)
        case .missingValue(let key, let index, let location):
            return Diagnostic(
                .error,
                LocalizedText(
                    "element \(index + 1) ('\(key)') has no \"ParameterValue\"; give one, or \"UsePreviousValue\": true",
                    fr: "l'élément \(index + 1) (« \(key) ») n'a pas de « ParameterValue » ; indiquez-en une, ou "
                        + "« \"UsePreviousValue\": true »"),
                at: location, file: path)
        case .invalidValue(let key, let location):
            return Diagnostic(
                .error,
                LocalizedText(
                    "the value of '\(key)' must be a string, a number, a boolean or a list of them; write it as "
                        + "\"text\"",
                    fr: "la valeur de « \(key) » doit être une chaîne, un nombre, un booléen ou une liste de ceux-ci ; "
                        + "écrivez-la sous la forme \"texte\""),
                at: location, file: path)
        }
    }
}
