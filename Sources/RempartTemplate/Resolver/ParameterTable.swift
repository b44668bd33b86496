import Foundation
import RempartSupport

/// The parameters of a template with the values evaluation uses.
///
/// A value comes from `ResolutionOptions.parameters`, else from the parameter's `Default`;
/// a parameter with neither is unknown and gets a warning. `CommaDelimitedList` and `List<…>`
/// values become sequences. `AWS::SSM::Parameter::Value<…>` parameters are resolved by
/// CloudFormation from Systems Manager at deployment, so their `Default` (a parameter name)
/// is not their value and they stay unknown unless the user passes a value.
struct ParameterTable: Sendable {
    /// The value of each declared parameter by name.
    private(set) var values: [String: Node] = [:]
    /// The names of parameters declared with `NoEcho: true`, whose values must never be printed.
    private(set) var noEchoNames: Set<String> = []

    /// Reads the `Parameters` section of `template`, adding a warning per parameter without value.
    init(template: Template, options: ResolutionOptions, diagnostics: inout [Diagnostic]) {
        for entry in template.root["Parameters"]?.entries ?? [] {
            let name = entry.key
            let declaration = entry.value
            let type = declaration["Type"]?.scalarText ?? "String"
            if declaration["NoEcho"]?.boolValue == true {
                noEchoNames.insert(name)
            }

            let location = declaration["Default"]?.location ?? entry.keyLocation
            if let allowed = declaration["AllowedValues"]?.elements?.compactMap(\.scalarText),
                let chosen = options.parameters[name] ?? declaration["Default"]?.scalarText,
                !Self.isList(type), !allowed.isEmpty, !allowed.contains(chosen)
            {
                let isGiven = options.parameters[name] != nil
                diagnostics.append(
                    Self.notAllowed(name, value: chosen, allowed: allowed, isGiven: isGiven, at: location))
            }
            if let given = options.parameters[name] {
                values[name] = Self.value(given, type: type, at: location)
            } else if type.hasPrefix("AWS::SSM::Parameter::Value<") {
                let source = declaration["Default"]?.scalarText ?? name
                values[name] = .unknown(.dependsOnUnknown("Systems Manager parameter '\(source)'"), at: location)
            } else if let defaultValue = declaration["Default"] {
                values[name] = Self.value(of: defaultValue, type: type)
            } else {
                values[name] = .unknown(.parameterWithoutValue(name), at: entry.keyLocation)
                diagnostics.append(Self.missingValue(name, at: entry.keyLocation))
            }
        }
    }

    /// Returns the value of `name`, or nil when no such parameter is declared.
    func value(of name: String) -> Node? {
        values[name]
    }

    private static func isList(_ type: String) -> Bool {
        type == "CommaDelimitedList" || type.hasPrefix("List<")
            || (type.hasPrefix("AWS::SSM::Parameter::Value<List<")
                || type == "AWS::SSM::Parameter::Value<CommaDelimitedList>")
    }

    private static func value(_ text: String, type: String, at location: SourceLocation) -> Node {
        guard isList(type) else { return Node(.string(text), at: location) }
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
            Node(.string($0.trimmingCharacters(in: .whitespaces)), at: location)
        }
        return Node(.sequence(items), at: location)
    }

    private static func value(of defaultValue: Node, type: String) -> Node {
        if let text = defaultValue.scalarText {
            return value(text, type: type, at: defaultValue.location)
        }
        if case .sequence(let elements) = defaultValue.kind {
            let items = elements.map { Node(.string($0.scalarText ?? ""), at: $0.location) }
            return Node(.sequence(items), at: defaultValue.location)
        }
        return defaultValue
    }

    // MARK: - Messages

    private static func notAllowed(
        _ name: String, value: String, allowed: [String], isGiven: Bool, at location: SourceLocation
    ) -> Diagnostic {
        let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
        let source = isGiven ? "given value" : "default"
        let sourceFR = isGiven ? "valeur passée" : "valeur par défaut"
        return Diagnostic(
            .warning,
            LocalizedText(
                "the \(source) '\(value)' of parameter '\(name)' is not one of its AllowedValues (\(list)); "
                    + "CloudFormation rejects it",
                fr:
                    "la \(sourceFR) « \(value) » du paramètre « \(name) » ne fait pas partie de ses AllowedValues (\(list)) ; "
                    + "CloudFormation la rejette"
            ),
            at: location
        )
    }

    private static func missingValue(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning,
            LocalizedText(
                "parameter '\(name)' has no value; pass --parameter \(name)=VALUE",
                fr: "le paramètre « \(name) » n'a pas de valeur ; passez --parameter \(name)=VALEUR"
            ),
            at: location
        )
    }
}
