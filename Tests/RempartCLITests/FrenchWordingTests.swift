import Foundation
import RempartRules
import RempartSecrets
import RempartSupport
import Testing

@testable import RempartCLI

/// The French texts follow the terms and typography of docs/style-fr.md.
struct FrenchWordingTests {
    /// English words that never belong in French prose once code spans are removed.
    static let englishWords = [
        "the ", " must ", " should ", "bucket", "enable", " with ", " when ", " and ", " not ", " is ",
    ]

    /// Terms the glossary replaced, and the typographic apostrophe.
    static let rejectedTerms = ["sévérité", "stratégie", "répertoire", "indécis", "piste", "schéma", "’"]

    /// Returns every French prose text of a rule, named for the failure message.
    static func frenchRuleTexts() -> [(name: String, text: String)] {
        AllRules.rules.map(\.metadata).flatMap { rule in
            var texts = [
                ("\(rule.id) title", rule.title.french),
                ("\(rule.id) rationale", rule.rationale.french),
                ("\(rule.id) remediation", rule.remediation.french),
            ]
            if let limitations = rule.limitations { texts.append(("\(rule.id) limitations", limitations.french)) }
            return texts
        }
    }

    /// Removes the `code spans` of `text`, which keep CloudFormation's English names.
    static func prose(_ text: String) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset.isMultiple(of: 2) }.map { String($0.element) }.joined(separator: " ")
    }

    /// Returns the French help of every command and subcommand.
    static func frenchHelpTexts() -> [(path: String, text: String)] {
        let formatter = HelpFormatter(root: Rempart.rootSpec, language: .french)
        var texts: [(String, String)] = []
        func visit(_ command: CommandSpec, path: [String]) {
            texts.append((path.joined(separator: " "), formatter.help(for: path)))
            for subcommand in command.subcommands { visit(subcommand, path: path + [subcommand.name]) }
        }
        visit(Rempart.rootSpec, path: ["rempart"])
        return texts
    }

    @Test func ruleTextsHaveNoEnglishWords() {
        for (name, text) in Self.frenchRuleTexts() {
            let prose = " " + Self.prose(text).lowercased() + " "
            for word in Self.englishWords {
                #expect(!prose.contains(word), "\(name) contains '\(word)': \(text)")
            }
        }
    }

    @Test func ruleTextsUseGlossaryTerms() {
        for (name, text) in Self.frenchRuleTexts() {
            let prose = Self.prose(text).lowercased()
            for term in Self.rejectedTerms {
                #expect(!prose.contains(term), "\(name) contains '\(term)': \(text)")
            }
        }
    }

    @Test func ruleTextsSpaceDoublePunctuation() throws {
        let unspaced = try Regex(#"[^\s][;:?!](\s|$)"#)
        let singleQuoted = try Regex(#"(^|[\s(])'[^'\s][^']*'"#)
        let unspacedAfterCode = try Regex(#"`[;:?!](\s|$)"#)
        for (name, text) in Self.frenchRuleTexts() {
            #expect(text.firstMatch(of: unspacedAfterCode) == nil, "\(name): \(text)")
            let prose = Self.prose(text)
            #expect(prose.firstMatch(of: unspaced) == nil, "\(name): \(text)")
            #expect(prose.firstMatch(of: singleQuoted) == nil, "\(name): \(text)")
        }
    }

    @Test func helpShowsFrenchValueNames() {
        let texts = Self.frenchHelpTexts()
        #expect(texts.count >= 10)
        for (path, text) in texts {
            for name in ["<file>", "<path>", "<language>", "<directory>", "<key=value>", "<severity>"] {
                #expect(!text.contains(name), "\(path) shows \(name)")
            }
            for term in Self.rejectedTerms {
                #expect(!text.lowercased().contains(term), "\(path) contains '\(term)'")
            }
            let prose = " " + text.lowercased().replacingOccurrences(of: "\n", with: " ") + " "
            for word in Self.englishWords {
                #expect(!prose.contains(word), "\(path) contains '\(word)'")
            }
        }
        let scan = HelpFormatter(root: Rempart.rootSpec, language: .french).usage(for: ["rempart", "scan"])
        #expect(scan == "rempart scan [<options>] <chemin> ...")
    }

    @Test func everyPlaceholderHasFrenchName() {
        var commands = [Rempart.rootSpec]
        while let command = commands.popLast() {
            commands += command.subcommands
            for option in command.options {
                switch option.kind {
                case .flag, .counter: break
                case .single(let name), .multiple(let name):
                    #expect(ValueName.french[name] != nil, "\(command.name) --\(option.name) <\(name)>")
                }
            }
            for argument in command.arguments {
                #expect(ValueName.french[argument.name] != nil, "\(command.name) <\(argument.name)>")
            }
        }
    }

    @Test func rulesTableUsesFrenchSeverities() throws {
        let rules = AllRules.rules.map(\.metadata).filter { $0.id == "AVD-AWS-0107" || $0.id == "AVD-AWS-0089" }
        let table = RuleCatalog(rules: rules, language: .french).table()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID            GRAVITÉ  SERVICE") == true)
        let ssh = try #require(lines.first { $0.hasPrefix("AVD-AWS-0107 ") })
        #expect(ssh.contains(" ÉLEVÉE "))
        let logging = try #require(lines.first { $0.hasPrefix("AVD-AWS-0089 ") })
        #expect(logging.contains(" FAIBLE "))
    }

    @Test func wrappingKeepsFrenchMarksOnTheirLine() {
        #expect(
            WrapUnits.split("la racine : des « clés » volées ; oui ?")
                == ["la", "racine :", "des", "« clés »", "volées ;", "oui ?"])
        #expect(WrapUnits.split("a « b") == ["a", "« b"])
    }

    @Test func diagnosticSpacesColonInFrench() {
        let diagnostic = Diagnostic(
            .error, LocalizedText("bad", fr: "mauvais"),
            at: SourceLocation(file: "t.yaml", line: 2, column: 3))
        #expect(diagnostic.formatted(in: .french) == "t.yaml:2:3: erreur : mauvais")
        #expect(diagnostic.formatted(in: .english) == "t.yaml:2:3: error: bad")
    }

    @Test func suppressedIsNeverSaidDeleted() {
        // « Supprimer » means to delete; a suppressed finding stays listed, as exempted.
        let misleading = ["supprimez le constat", "supprimez le résultat", "supprimez-la", "ignorez le constat",
            "constats supprimés", "ne supprime rien", "exclusions"]
        for (name, text) in Self.frenchRuleTexts() {
            for phrase in misleading {
                #expect(!text.lowercased().contains(phrase), "\(name) contains '\(phrase)': \(text)")
            }
        }
        for (path, text) in Self.frenchHelpTexts() {
            for phrase in misleading {
                #expect(!text.lowercased().contains(phrase), "\(path) contains '\(phrase)'")
            }
        }
    }

    @Test func countsTakeSingularForZeroAndOne() {
        let file = { (count: Int) in LocalizedText.count(count, "file", fr: "fichier") }
        #expect(file(0) == LocalizedText("0 files", fr: "0 fichier"))
        #expect(file(1) == LocalizedText("1 file", fr: "1 fichier"))
        #expect(file(2) == LocalizedText("2 files", fr: "2 fichiers"))
        #expect(
            LocalizedText.count(3, "undecided check", fr: "vérification indéterminée")
                == LocalizedText("3 undecided checks", fr: "3 vérifications indéterminées"))
        #expect(LocalizedText.count(2, "secret", fr: "fichier examiné").french == "2 fichiers examinés")
        #expect(LocalizedText.count(4, "gap", fr: "lacune dans les lus").french == "4 lacunes dans les lus")
        #expect(
            LocalizedText.count(2, "drift entry", plural: "drift entries", fr: "écart de dérive", frPlural: "écarts de dérive")
                == LocalizedText("2 drift entries", fr: "2 écarts de dérive"))
    }

    @Test func scanSummaryAgreesWithEachCount() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("bucket.yaml", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n")
        let output = try RempartProcess.run(["scan", "--lang", "fr", "--scanners", "misconfig", "bucket.yaml"], in: scratch.url)
        #expect(output.stderr.hasSuffix("rempart : 1 fichier : 1 analysé, 0 ignoré, 0 rejeté ; 8 constats, 0 exempté, 0 vérification indéterminée\n"))
        #expect(output.stdout.contains("Fichiers : 1 analysé, 0 ignoré, 0 rejeté\n"))
        #expect(output.stdout.contains("│ Exemptés │"))
    }

    @Test func secretCategoriesInFrench() {
        let finding = { (category: String) in
            SecretFinding(
                ruleID: "x", category: category, title: LocalizedText("x", fr: "x"), severity: .high,
                location: SourceLocation(file: "f", line: 1, column: 1), maskedLine: "", remediation: LocalizedText("", fr: ""))
        }
        #expect(finding("AsymmetricPrivateKey").categoryName == LocalizedText("AsymmetricPrivateKey", fr: "clé privée asymétrique"))
        #expect(finding("Generic").categoryName == LocalizedText("Generic", fr: "générique"))
        #expect(finding("GitHub").categoryName == LocalizedText("GitHub", fr: "GitHub"))
    }
}
