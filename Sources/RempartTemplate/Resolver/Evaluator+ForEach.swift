import RempartSupport

extension Evaluator {
    /// Returns `entries` with every `Fn::ForEach::Name` loop replaced by the entries it generates.
    ///
    /// Loops come from the `AWS::LanguageExtensions` transform and may be nested. A loop whose
    /// collection is unknown cannot be expanded: it generates nothing and gets a warning.
    mutating func expandingForEach(_ entries: [Node.Entry]) -> [Node.Entry] {
        guard entries.contains(where: { $0.key.hasPrefix(Self.forEachPrefix) }) else { return entries }
        var result: [Node.Entry] = []
        for entry in entries {
            if entry.key.hasPrefix(Self.forEachPrefix) {
                result += expandLoop(entry)
            } else {
                result.append(entry)
            }
        }
        return result
    }

    /// The key prefix of a loop.
    static let forEachPrefix = "Fn::ForEach::"

    /// The maximum number of entries one loop may generate, nested loops included, so that nested loops
    /// over long collections cannot exhaust memory. CloudFormation's own quota of 500
    /// resources per template is far below it.
    static let maxGeneratedEntries = 10_000

    private mutating func expandLoop(_ loop: Node.Entry) -> [Node.Entry] {
        guard case .sequence(let parts) = loop.value.kind, parts.count == 3,
            case .string(let identifier) = parts[0].kind,
            case .mapping(let fragment) = parts[2].kind
        else {
            _ = invalidCall(
                "Fn::ForEach",
                expected: LocalizedText(
                    "[Identifier, [values], {fragment}]", fr: "[Identifiant, [valeurs], {fragment}]"),
                at: loop.keyLocation)
            return []
        }
        let collection = evaluateRequired(parts[1])
        let items = collection.elements ?? []
        let values = items.compactMap(\.knownText)
        guard collection.elements != nil, values.count == items.count, !collection.containsUnknown else {
            report(Self.unknownCollection(loop.key, at: parts[1].location))
            return []
        }

        var result: [Node.Entry] = []
        for value in values {
            let generated = fragment.map { entry in
                Node.Entry(
                    key: ForEachSubstitution.key(entry.key, identifier: identifier, value: value),
                    keyLocation: entry.keyLocation,
                    value: ForEachSubstitution.value(entry.value, identifier: identifier, value: value))
            }
            result += expandingForEach(generated)
            if result.count > Self.maxGeneratedEntries {
                report(Self.tooManyEntries(loop.key, at: loop.keyLocation))
                return Array(result.prefix(Self.maxGeneratedEntries))
            }
        }
        return result
    }

    // MARK: - Messages

    private static func tooManyEntries(_ loop: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            LocalizedText(
                "'\(loop)' generates more than \(maxGeneratedEntries) entries; only the first ones are read",
                fr: "« \(loop) » génère plus de \(maxGeneratedEntries) entrées ; seules les premières sont lues"
            ),
            at: location
        )
    }

    private static func unknownCollection(_ loop: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning,
            LocalizedText(
                "the collection of '\(loop)' is unknown, so the loop generates nothing here; give its parameters a value",
                fr:
                    "la collection de « \(loop) » est inconnue, alors la boucle ne génère rien ici ; donnez une valeur à ses paramètres"
            ),
            at: location
        )
    }
}
