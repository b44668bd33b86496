import Testing

@testable import RempartCLI
import RempartSupport

/// A small command tree exercising every kind of option.
private let root = CommandSpec(
    name: "tool", abstract: LocalizedText("Test tool.", fr: "Outil de test."),
    subcommands: [
        CommandSpec(
            name: "scan", abstract: LocalizedText("Scan.", fr: "Analyser."),
            arguments: [ArgumentSpec("path", help: LocalizedText("Paths.", fr: "Chemins."), isRepeating: true)],
            options: [
                OptionSpec("format", short: "f", kind: .single(valueName: "format"), help: LocalizedText("", fr: ""),
                    allowedValues: ["table", "json"]),
                OptionSpec("output", short: "o", kind: .single(valueName: "file"), help: LocalizedText("", fr: "")),
                OptionSpec("parameter", kind: .multiple(valueName: "kv"), help: LocalizedText("", fr: "")),
                OptionSpec("severity", kind: .multiple(valueName: "s"), help: LocalizedText("", fr: ""),
                    allowedValues: ["LOW", "HIGH"], allowsList: true),
                OptionSpec("verbose", short: "v", kind: .counter, help: LocalizedText("", fr: "")),
                OptionSpec("quiet", short: "q", kind: .flag, help: LocalizedText("", fr: "")),
                OptionSpec("parse-only", kind: .flag, help: LocalizedText("", fr: ""), isHidden: true),
            ]),
        CommandSpec(name: "synth", abstract: LocalizedText("Synth.", fr: "Synthétiser.")),
    ])

private func parse(_ arguments: [String]) throws(UsageError) -> ArgumentParser.Outcome {
    try ArgumentParser(root: root).parse(arguments)
}

private func parsed(_ arguments: [String]) throws -> ParsedArguments {
    guard case .run(let parsed) = try parse(arguments) else {
        Issue.record("expected a command to run for \(arguments)")
        return ParsedArguments(commandPath: [])
    }
    return parsed
}

/// One command line that must fail, with the exact error.
struct UsageErrorCase: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var expected: UsageError.Kind
    var testDescription: String { arguments.joined(separator: " ") }
}

struct ArgumentParserTests {
    @Test func longOptionsTakeSpacedAndInlineValues() throws {
        let result = try parsed(["scan", "--format", "json", "--output=report.json", "a.yaml"])
        #expect(result.commandPath == ["tool", "scan"])
        #expect(result.value("format") == "json")
        #expect(result.value("output") == "report.json")
        #expect(result.positionals == ["a.yaml"])
    }

    @Test func shortOptionsAndClusters() throws {
        let result = try parsed(["scan", "-vvq", "-fjson", "-o", "-", "x"])
        #expect(result.count("verbose") == 2)
        #expect(result.isSet("quiet"))
        #expect(result.value("format") == "json")
        #expect(result.value("output") == "-")
    }

    @Test func repeatableOptionsKeepOrder() throws {
        let result = try parsed(["scan", "--parameter", "A=1", "x", "--parameter=B=2", "--severity", "LOW,high"])
        #expect(result.allValues("parameter") == ["A=1", "B=2"])
        #expect(result.allValues("severity", splitLists: true) == ["LOW", "high"])
        #expect(result.positionals == ["x"])
    }

    @Test func doubleDashEndsOptions() throws {
        let result = try parsed(["scan", "--", "--format", "-v"])
        #expect(result.positionals == ["--format", "-v"])
        #expect(result.values.isEmpty)
    }

    @Test func lastSingleValueWins() throws {
        let result = try parsed(["scan", "-f", "table", "--format", "json", "x"])
        #expect(result.value("format") == "json")
    }

    @Test func hiddenOptionsAreAccepted() throws {
        #expect(try parsed(["scan", "--parse-only", "x"]).isSet("parse-only"))
    }

    @Test func helpAtEveryLevel() throws {
        #expect(try parse(["--help"]) == .help(commandPath: ["tool"]))
        #expect(try parse(["scan", "-h"]) == .help(commandPath: ["tool", "scan"]))
        #expect(try parse(["scan", "--format", "json", "--help"]) == .help(commandPath: ["tool", "scan"]))
        #expect(try parse(["help", "scan"]) == .help(commandPath: ["tool", "scan"]))
        #expect(try parse(["help", "scan", "--format", "json"]) == .help(commandPath: ["tool", "scan"]))
        #expect(try parse(["help", "scan", "-f", "json", "-q"]) == .help(commandPath: ["tool", "scan"]))
        #expect(try parse(["help", "scan", "--format=json", "-q"]) == .help(commandPath: ["tool", "scan"]))
        #expect(try parse(["--version"]) == .version)
    }

    @Test func parameterWithoutEqualsNamedBeforeMissingPath() {
        #expect(
            throws: UsageError(
                .invalidArgument(
                    option: "--parameter", value: "secure.yaml",
                    reason: LocalizedText("expected Key=Value", fr: "format attendu : Clé=Valeur")),
                commandPath: ["rempart", "scan"])
        ) {
            try ArgumentParser(root: Rempart.rootSpec).parse(["scan", "--parameter", "secure.yaml"])
        }
    }

    @Test func versionIsAcceptedAfterAnyCommand() throws {
        #expect(try parse(["scan", "--version"]) == .version)
        #expect(try parse(["scan", "-f", "json", "--version", "templates/"]) == .version)
    }

    static let errorCases: [UsageErrorCase] = [
        UsageErrorCase(arguments: ["scan", "--formt", "json", "x"], expected: .unknownOption("--formt", suggestion: "--format")),
        UsageErrorCase(arguments: ["scan", "--sevrity", "LOW", "x"], expected: .unknownOption("--sevrity", suggestion: "--severity")),
        UsageErrorCase(arguments: ["scan", "--zzz", "x"], expected: .unknownOption("--zzz", suggestion: nil)),
        UsageErrorCase(arguments: ["scan", "-x", "x"], expected: .unknownOption("-x", suggestion: nil)),
        UsageErrorCase(arguments: ["scna"], expected: .unknownCommand("scna", suggestion: "scan")),
        UsageErrorCase(arguments: ["deploy"], expected: .unknownCommand("deploy", suggestion: nil)),
        UsageErrorCase(arguments: ["scan", "x", "--format"], expected: .missingValue(option: "--format")),
        UsageErrorCase(arguments: ["scan", "--output", "--quiet", "x"], expected: .missingValue(option: "--output")),
        UsageErrorCase(arguments: ["scan", "--quiet=yes", "x"], expected: .unexpectedValue(option: "--quiet")),
        UsageErrorCase(
            arguments: ["scan", "-f", "xml", "x"],
            expected: .invalidValue(option: "-f", value: "xml", allowed: ["table", "json"])),
        UsageErrorCase(
            arguments: ["scan", "--severity", "LOW,BAD", "x"],
            expected: .invalidValue(option: "--severity", value: "BAD", allowed: ["LOW", "HIGH"])),
        UsageErrorCase(arguments: ["scan"], expected: .missingArgument("path")),
        UsageErrorCase(arguments: ["synth", "extra"], expected: .unexpectedArgument("extra")),
    ]

    @Test(arguments: errorCases)
    func rejectsInvalidCommandLines(_ testCase: UsageErrorCase) {
        do {
            let outcome = try parse(testCase.arguments)
            Issue.record("expected \(testCase.expected), parsed \(outcome)")
        } catch {
            #expect(error.kind == testCase.expected)
        }
    }

    @Test func errorTextHasMessageUsageAndPointer() {
        let error = UsageError(.unknownOption("--formt", suggestion: "--format"), commandPath: ["tool", "scan"])
        let english = HelpFormatter(root: root, language: .english).errorText(for: error)
        #expect(
            english == """
                error: unknown option '--formt'; did you mean '--format'?
                Usage: tool scan [<options>] <path> ...
                  See 'tool scan --help' for more information.

                """)
        let french = HelpFormatter(root: root, language: .french).errorText(for: error)
        #expect(
            french == """
                erreur : option inconnue « --formt » ; vouliez-vous dire « --format » ?
                Utilisation : tool scan [<options>] <chemin> ...
                  Voir « tool scan --help » pour en savoir plus.

                """)
    }

    @Test func editDistanceCountsTranspositionsOnce() {
        #expect(EditDistance.distance("scna", "scan") == 1)
        #expect(EditDistance.distance("", "abc") == 3)
        #expect(EditDistance.distance("severity", "severity") == 0)
        #expect(EditDistance.distance("kitten", "sitting") == 3)
    }

    @Test func preferredLanguageReadsFlagThenLocale() {
        #expect(Rempart.preferredLanguage(["scan", "--lang", "fr"], environment: [:]) == .french)
        #expect(Rempart.preferredLanguage(["--lang=fr", "scan"], environment: ["LANG": "en_US.UTF-8"]) == .french)
        #expect(Rempart.preferredLanguage(["scan"], environment: ["LC_ALL": "fr_CA.UTF-8"]) == .french)
        #expect(Rempart.preferredLanguage(["scan"], environment: ["LC_ALL": "", "LANG": "fr_FR"]) == .french)
        #expect(Rempart.preferredLanguage(["scan"], environment: ["LC_MESSAGES": "C"]) == .english)
        #expect(Rempart.preferredLanguage(["--", "--lang", "fr"], environment: [:]) == .english)
    }
}

struct UsageErrorMessageTests {
    @Test func missingOptionInBothLanguages() {
        let error = UsageError(.missingOption("--profile"), commandPath: ["rempart", "synth"])
        #expect(error.message(in: .english) == "missing required option '--profile'")
        #expect(error.message(in: .french) == "option obligatoire manquante « --profile »")
    }
}
