import RempartSupport

extension UnknownReason {
    /// The reason in every supported language; `english` equals `description`.
    public var localizedDescription: LocalizedText {
        Self.localizedDescription(ofEnglish: description)
    }

    /// Returns the reason whose English text is `english`, with its French version.
    ///
    /// The model carries reasons as English strings (`Resolved.unresolved(reason:)`), so the
    /// reporters translate them back here. A reason of a form this function does not know keeps
    /// its English text in French, which is better than no reason.
    public static func localizedDescription(ofEnglish english: String) -> LocalizedText {
        LocalizedText(english, fr: french(english))
    }

    /// Returns the French text of an English reason, or the English text when its form is unknown.
    ///
    /// NOTE: the inner text of `invalidValue` and of the adapters' own reasons (such as
    /// "'Tags' must be a list") stays in English, with only its quotes made French.
    private static func french(_ english: String) -> String {
        for (prefix, frenchPrefix) in prefixes where english.hasPrefix(prefix) {
            return frenchPrefix + french(String(english.dropFirst(prefix.count)))
        }
        for (prefix, suffix, template) in wrapped where english.hasPrefix(prefix) && english.hasSuffix(suffix)
            && english.count >= prefix.count + suffix.count
        {
            let middle = String(english.dropFirst(prefix.count).dropLast(suffix.count))
            return template.replacingOccurrences(of: "%", with: middle)
        }
        for (suffix, frenchTemplate) in suffixes where english.hasSuffix(suffix) && english.count > suffix.count {
            let subject = String(english.dropLast(suffix.count))
            return frenchTemplate.replacingOccurrences(of: "%", with: quoted(subject))
        }
        if let text = whole[english] { return text }
        return quoted(english)
    }

    /// Rewrites `'value'` as `« value »`, the French quotes around user values.
    private static func quoted(_ text: String) -> String {
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.count % 2 == 1 else { return text }
        var result = ""
        for (index, part) in parts.enumerated() {
            if index % 2 == 1 { result += "« \(part) »" } else { result += part }
        }
        return result
    }

    /// Reasons that end in another reason or a free description, translated recursively.
    private static let prefixes: [(String, String)] = [
        ("depends on an unknown value: ", "dépend d'une valeur inconnue : "),
        ("cannot be evaluated: ", "ne peut pas être évalué : "),
        (invalidValuePrefix, "valeur invalide : "),
    ]

    /// Reasons of the form `prefix VALUE suffix`; `%` in the template is replaced by the value.
    private static let wrapped: [(String, String, String)] = [
        ("parameter '", "' has no value", "le paramètre « % » n'a pas de valeur"),
        ("no scanned template exports '", "'", "aucun modèle analysé n'exporte « % »"),
        ("'", "' is only known after deployment", "« % » n'est connu qu'après le déploiement"),
        ("'", "' is only known at deployment", "« % » n'est connu qu'au déploiement"),
        ("'", "' has no value", "« % » n'a pas de valeur"),
        ("subnet ", " is not in the scanned templates", "le sous-réseau % n'est dans aucun modèle analysé"),
        ("condition '", "'", "la condition « % »"),
        ("Systems Manager parameter '", "'", "le paramètre Systems Manager « % »"),
        ("Availability Zones of region '", "'", "les zones de disponibilité de la région « % »"),
        ("reference to undeclared '", "'", "référence à « % », qui n'est pas déclaré"),
        ("Fn::Transform macro '", "'", "la macro Fn::Transform « % »"),
        ("invalid ", "", "% invalide"),
    ]

    /// Reasons of the form `SUBJECT suffix`; `%` is replaced by the subject.
    private static let suffixes: [(String, String)] = [
        (" is missing", "% est absent"),
        (" failed", "échec de %"),
    ]

    /// Reasons with no variable part.
    private static let whole: [String: String] = [
        "the subnet cannot be known": "le sous-réseau ne peut pas être connu",
        "the policy document is not valid JSON": "le document de politique n'est pas un JSON valide",
        "the bucket policy is not a JSON object": "la politique de compartiment n'est pas un objet JSON",
        "a condition": "une condition",
        "AWS::NoValue used where a value is required": "AWS::NoValue employé là où une valeur est requise",
        "AWS::NoValue inside Fn::Sub": "AWS::NoValue dans Fn::Sub",
        "Fn::FindInMap key not found": "clé de Fn::FindInMap introuvable",
    ]
}
