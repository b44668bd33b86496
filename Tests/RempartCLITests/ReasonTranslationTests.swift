import Foundation
import RempartModel
import RempartReport
import RempartScanner
import RempartSupport
import RempartTemplate
import Testing

@testable import RempartAWS
@testable import RempartCLI

/// Every reason an undecided check, a gap or an AWS error can print has a French form, found
/// by reading the reason strings out of the sources.
///
/// A reason is written in English where it arises and translated when a report prints it in
/// French, so a new reason string without a form would print English inside French lines.
/// The test reads the first string literal after each call that builds a reason, with every
/// interpolation replaced by a sample value, and asks for its French form.
struct ReasonTranslationTests {
    /// One reason string found in the sources, with its interpolations replaced.
    struct Found: CustomStringConvertible {
        var file: String
        var line: Int
        var text: String
        var description: String { "\(file):\(line): \(text)" }
    }

    /// The calls that build an undecided reason, with what turns their argument into the reason text.
    static let reasonCalls: [(marker: String, reason: @Sendable (String) -> String)] = [
        (".unresolved(\"", { $0 }),
        (".unknown(\"", { $0 }),
        ("reason: \"", { $0 }),
        ("unresolvedParts.append(\"", { $0 }),
        ("unresolved.append(\"", { $0 }),
        ("unresolved: \"", { $0 }),
        ("?? \"a principal", { "a principal" + $0 }),
        ("?? \"unknown range", { "unknown range" + $0 }),
        (".unsupported(\"", { UnknownReason.unsupported($0).description }),
        (".dependsOnUnknown(\"", { UnknownReason.dependsOnUnknown($0).description }),
        (".invalidValue(\"", { UnknownReason.invalidValue($0).description }),
    ]

    /// The modules whose reasons reach undecided checks.
    static let reasonModules = [
        "RempartAdapters", "RempartAudit", "RempartModel", "RempartRules", "RempartScanner", "RempartTemplate",
    ]

    /// Sample values for interpolations whose text the form depends on; any other becomes `x`.
    static let samples = ["expected": "a boolean"]

    @Test func everyUndecidedReasonHasFrenchForm() throws {
        let found = try Self.reasons(in: Self.reasonModules, calls: Self.reasonCalls)
        #expect(found.count >= 60)
        for reason in found {
            #expect(UnknownReason.hasFrenchForm(reason.text), "no French form: \(reason)")
        }
    }

    @Test func everyAWSClientReasonHasFrenchForm() throws {
        let calls: [(marker: String, reason: @Sendable (String) -> String)] = [("reason: \"", { $0 })]
        let found = try Self.reasons(in: ["RempartAWS"], calls: calls)
        #expect(found.count >= 15)
        for reason in found {
            #expect(ReasonForm.french(of: reason.text, forms: AWSError.reasonForms) != nil, "no French form: \(reason)")
        }
    }

    @Test func frenchReasonsHaveNoEnglishWords() throws {
        let found = try Self.reasons(in: Self.reasonModules, calls: Self.reasonCalls)
        for reason in found {
            let french = UnknownReason.localizedDescription(ofEnglish: reason.text)(.french)
            // Values (the samples and API names such as GetBucketLogging) stay as they are; the
            // words around them must be French.
            let words = french.split(separator: " ").filter { word in
                word != "x" && !word.dropFirst().contains(where: \.isUppercase)
            }
            let prose = " " + words.joined(separator: " ").lowercased() + " "
            for word in FrenchWordingTests.englishWords + [" failed", " found", " unknown", " of "] {
                #expect(!prose.contains(word), "\(reason) gives '\(french)'")
            }
        }
    }

    @Test(arguments: [
        ("GetBucketLogging failed", "échec de GetBucketLogging"),
        (
            "GetBucketLogging failed: AccessDenied (HTTP 403): Access Denied",
            "échec de GetBucketLogging : AccessDenied (HTTP 403) : « Access Denied »"
        ),
        ("'Tags' is not a boolean: yes", "« Tags » n'est pas un booléen : yes"),
        ("volume vol-1 was not listed by DescribeVolumes", "DescribeVolumes n'a pas listé le volume vol-1"),
        (
            "'A.Arn' is only known after deployment; 'AWS::AccountId' is only known at deployment",
            "« A.Arn » n'est connu qu'après le déploiement ; « AWS::AccountId » n'est connu qu'au déploiement"
        ),
        (
            "depends on an unknown value: condition 'IsProd'",
            "dépend d'une valeur inconnue : la condition « IsProd »"
        ),
        ("bucket 'logs' is not in the scan", "le compartiment « logs » ne fait pas partie de l'analyse"),
        ("an unlisted 'reason'", "an unlisted « reason »"),
    ])
    func reasonReadsInFrench(_ english: String, _ french: String) {
        #expect(UnknownReason.localizedDescription(ofEnglish: english)(.french) == french)
        #expect(UnknownReason.localizedDescription(ofEnglish: english).english == english)
    }

    @Test func clientReasonsReadInFrench() {
        let error = AWSError.invalidConfigFile(path: "/home/u/.aws/config", line: 3, reason: "section header without ']'")
        #expect(error.message(.french) == "/home/u/.aws/config:3 : en-tête de section sans « ] »")
        let refused = AWSError.connectionFailed(
            service: "ec2", operation: "DescribeVpcs", endpoint: "http://127.0.0.1:9", reason: "Connection refused")
        #expect(
            refused.message(.french)
                == "impossible de joindre ec2 à « http://127.0.0.1:9 » pour DescribeVpcs : « Connection refused » ; "
                + "vérifiez le point de terminaison et le réseau")
    }

    @Test func unexpectedErrorsKeepTheirOwnText() {
        let missing = CocoaError(.fileNoSuchFile)
        let message = UnexpectedError.message(missing)
        #expect(message.english == "unexpected error: \(missing.localizedDescription)")
        #expect(message.french == "erreur inattendue : « \(missing.localizedDescription) »")
        let emulator = AWSError.emulatorFailed(reason: "invalid port 0")
        #expect(UnexpectedError.message(emulator)(.french) == "émulateur local : port 0 invalide")
        #expect(UnexpectedError.message(emulator).english == "local emulator: invalid port 0")
    }

    // MARK: - Reading the sources

    /// Returns the reason strings of `calls` in the Swift files of `modules`.
    static func reasons(
        in modules: [String], calls: [(marker: String, reason: @Sendable (String) -> String)]
    ) throws -> [Found] {
        let sources = RempartProcess.packageRoot.appendingPathComponent("Sources")
        var found: [Found] = []
        for module in modules {
            let directory = sources.appendingPathComponent(module)
            let files = FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? []
            for file in files.sorted() where file.hasSuffix(".swift") {
                let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                for (marker, reason) in calls {
                    var searchStart = text.startIndex
                    while let range = text.range(of: marker, range: searchStart..<text.endIndex) {
                        searchStart = range.upperBound
                        guard let literal = literal(in: text, from: range.upperBound) else { continue }
                        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
                        found.append(Found(file: "\(module)/\(file)", line: line, text: reason(literal)))
                    }
                }
            }
        }
        return found
    }

    /// Reads a string literal whose opening quote is just before `start`, with each
    /// interpolation replaced by its sample value, or nil when it is not a plain literal.
    static func literal(in text: String, from start: String.Index) -> String? {
        var result = ""
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" { return result }
            if character == "\n" { return nil }
            guard character == "\\" else {
                result.append(character)
                index = text.index(after: index)
                continue
            }
            let next = text.index(after: index)
            guard next < text.endIndex else { return nil }
            if text[next] == "(" {
                // An interpolation: skip to its closing parenthesis.
                var depth = 1
                var cursor = text.index(after: next)
                while cursor < text.endIndex, depth > 0 {
                    if text[cursor] == "(" { depth += 1 }
                    if text[cursor] == ")" { depth -= 1 }
                    cursor = text.index(after: cursor)
                }
                let expression = String(text[text.index(after: next)..<text.index(before: cursor)])
                result += samples[expression] ?? "x"
                index = cursor
            } else {
                result.append(text[next])
                index = text.index(after: next)
            }
        }
        return nil
    }
}
