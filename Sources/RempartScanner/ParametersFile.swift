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
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ParametersFileError(path: path, problem: .unreadable(error.localizedDescription))
        }
        return try parse(data, path: path)
    }

    /// Parses the contents of a parameters file named `path`.
    ///
    /// - Throws: `ParametersFileError` when the contents are not one of the accepted shapes.
    public static func parse(_ data: Data, path: String) throws(ParametersFileError) -> [String: String] {
        let json: JSONValue
        do {
            json = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            // The decoder does not say where the problem is, but the template reader does.
            do throws(TemplateError) {
                _ = try TemplateReader.readJSONValue(data, file: path)
            } catch {
                throw ParametersFileError(path: path, problem: .invalidSyntax(error.message, location: error.location))
            }
            throw ParametersFileError(path: path, problem: .invalidJSON)
        }

        switch json {
        case .list(let list):
            return try parseList(list, path: path, data: data)
        case .object(let map):
            if map.count == 1, case .object(let nested)? = map["Parameters"] {
                return try parseMap(nested, path: path)
            }
            return try parseMap(map, path: path)
        default:
            throw ParametersFileError(path: path, problem: .unexpectedShape)
        }
    }

    private static func parseList(
        _ list: [JSONValue], path: String, data: Data
    ) throws(ParametersFileError) -> [String: String] {
        var values: [String: String] = [:]
        for (index, element) in list.enumerated() {
            guard case .object(let object) = element, case .string(let key)? = object["ParameterKey"] else {
                throw ParametersFileError(path: path, problem: .missingKey(index: index))
            }
            // `UsePreviousValue` entries carry no value: the stack's current value is unknown here.
            guard let raw = object["ParameterValue"] else {
                if case .bool(true)? = object["UsePreviousValue"] { continue }
                let location = (try? TemplateReader.readJSONValue(data, file: path))?.elements?[safe: index]?.location
                throw ParametersFileError(path: path, problem: .missingValue(key: key, index: index, location: location))
            }
            guard let value = raw.text else {
                throw ParametersFileError(path: path, problem: .invalidValue(key: key))
            }
            values[key] = value
        }
        return values
    }

    private static func parseMap(_ map: [String: JSONValue], path: String) throws(ParametersFileError) -> [String: String] {
        var values: [String: String] = [:]
        for (key, raw) in map {
            guard let value = raw.text else {
                throw ParametersFileError(path: path, problem: .invalidValue(key: key))
            }
            values[key] = value
        }
        return values
    }

    /// A JSON value, decoded strictly so that `true` and `1` stay distinct.
    private enum JSONValue: Decodable {
        case string(String)
        case integer(Int)
        case number(Double)
        case bool(Bool)
        case null
        case list([JSONValue])
        case object([String: JSONValue])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Int.self) {
                self = .integer(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode([JSONValue].self) {
                self = .list(value)
            } else {
                self = .object(try container.decode([String: JSONValue].self))
            }
        }

        /// The value as CloudFormation receives it: lists joined with commas, nil for null and objects.
        var text: String? {
            switch self {
            case .string(let value): return value
            case .integer(let value): return String(value)
            case .number(let value): return String(value)
            case .bool(let value): return value ? "true" : "false"
            case .list(let items):
                let texts = items.compactMap(\.text)
                return texts.count == items.count ? texts.joined(separator: ",") : nil
            case .null, .object: return nil
            }
        }
    }
}

extension Array {
    /// The element at `index`, or nil when `index` is out of range.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

/// A parameters file that could not be used.
public struct ParametersFileError: Error, Sendable, Equatable {
    /// What is wrong with the file.
    public enum Problem: Sendable, Equatable {
        case unreadable(String)
        case invalidJSON
        /// Invalid JSON, with the reader's message and the place of the first problem.
        case invalidSyntax(LocalizedText, location: SourceLocation?)
        case unexpectedShape
        case missingKey(index: Int)
        /// A list element with a key but neither `ParameterValue` nor `"UsePreviousValue": true`.
        case missingValue(key: String, index: Int, location: SourceLocation?)
        case invalidValue(key: String)
    }

    /// The file, as given.
    public var path: String
    public var problem: Problem

    /// Creates an error about the file at `path`.
    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// The error as a diagnostic naming the file.
    public var diagnostic: Diagnostic {
        let message: LocalizedText
        switch problem {
        case .unreadable(let reason):
            message = LocalizedText(
                "cannot read the parameters file: \(reason)",
                fr: "impossible de lire le fichier de paramètres : « \(reason) »")
        case .invalidJSON:
            message = LocalizedText(
                "the parameters file is not valid JSON",
                fr: "le fichier de paramètres n'est pas du JSON valide")
        case .invalidSyntax(let text, let location):
            return Diagnostic(.error, text, at: location, file: path)
        case .unexpectedShape:
            message = LocalizedText(
                "expected a list of {\"ParameterKey\", \"ParameterValue\"} objects or a {\"Key\": \"Value\"} map",
                fr: "attendu : une liste d'objets {\"ParameterKey\", \"ParameterValue\"} ou un objet {\"Clé\": \"Valeur\"}")
        case .missingKey(let index):
            message = LocalizedText(
                "element \(index) has no string \"ParameterKey\"",
                fr: "l'élément \(index) n'a pas de « ParameterKey » de type chaîne")
        case .missingValue(let key, let index, let location):
            return Diagnostic(
                .error,
                LocalizedText(
                    "element \(index) ('\(key)') has no \"ParameterValue\"; give one, or \"UsePreviousValue\": true",
                    fr: "l'élément \(index) (« \(key) ») n'a pas de « ParameterValue » ; indiquez-en une, ou "
                        + "« \"UsePreviousValue\": true »"),
                at: location, file: path)
        case .invalidValue(let key):
            message = LocalizedText(
                "the value of '\(key)' must be a string, a number, a boolean or a list of them",
                fr: "la valeur de « \(key) » doit être une chaîne, un nombre, un booléen ou une liste de ceux-ci")
        }
        return Diagnostic(.error, message, file: path)
    }
}
