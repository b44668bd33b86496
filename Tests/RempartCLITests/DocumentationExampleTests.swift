import Foundation
import RempartSupport
import Testing

@testable import RempartCLI

/// The commands and the JSON example in the README and the docs still match what Rempart does.
struct DocumentationExampleTests {
    /// Returns the README files and the pages under `docs/`, in both languages.
    static func documents() throws -> [URL] {
        let root = RempartProcess.packageRoot
        let docs = try FileManager.default.contentsOfDirectory(
            at: root.appendingPathComponent("docs"), includingPropertiesForKeys: nil)
        return [root.appendingPathComponent("README.md"), root.appendingPathComponent("README.fr.md")]
            + docs.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
    }

    /// Returns every line of a fenced code block that runs `rempart`, without the prompt,
    /// trailing comments and shell quoting, split into arguments.
    static func commandLines(in text: String) -> [[String]] {
        var inBlock = false
        var commands: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock.toggle()
                continue
            }
            guard inBlock else { continue }
            var command = String(line.split(separator: "#", maxSplits: 1).first ?? "")
            command = command.trimmingCharacters(in: .whitespaces)
            guard command.hasPrefix("rempart ") else { continue }
            command = command.components(separatedBy: " > ").first ?? command
            command = command.components(separatedBy: " | ").first ?? command
            let words = command.split(separator: " ").map { $0.replacingOccurrences(of: "\"", with: "") }
            commands.append(Array(words.dropFirst()))
        }
        return commands
    }

    @Test func everyDocumentedCommandParses() throws {
        let parser = ArgumentParser(root: Rempart.rootSpec)
        let context = CommandContext(
            environment: [:], workingDirectory: RempartProcess.packageRoot.path, language: .english,
            standardOutput: BufferedOutput(), standardError: BufferedOutput())
        var count = 0
        for document in try Self.documents() {
            let text = try String(contentsOf: document, encoding: .utf8)
            for arguments in Self.commandLines(in: text) {
                count += 1
                let place = "\(document.lastPathComponent): rempart \(arguments.joined(separator: " "))"
                guard case .run(let parsed) = try parser.parse(arguments) else { continue }
                // The checks of deploy, destroy and synth reject a lab profile given as --profile.
                switch arguments.first {
                case "deploy", "destroy":
                    #expect(throws: Never.self, "\(place)") {
                        try DeployRequest(parsed, command: arguments[0], context: context)
                    }
                case "synth":
                    #expect(throws: Never.self, "\(place)") { try SynthRequest(parsed, context: context) }
                default: break
                }
            }
        }
        #expect(count >= 40)
    }

    @Test func examplesNameExistingPaths() throws {
        for document in try Self.documents() {
            let text = try String(contentsOf: document, encoding: .utf8)
            let name = document.lastPathComponent
            // The emulator picks a free port, so no example may assume one.
            #expect(!text.contains("127.0.0.1:5000"), "\(name)")
            #expect(!text.contains(" lab/cloudformation"), "\(name)")
        }
        let help = HelpFormatter(root: Rempart.rootSpec, language: .english)
        for command in ["audit", "deploy", "destroy", "report", "diagram"] {
            #expect(!help.help(for: ["rempart", command]).contains("127.0.0.1:5000"), "\(command)")
        }
        #expect(help.help(for: ["rempart", "audit"]).contains("--template examples/lab/cloudformation"))
    }

    @Test func jsonSchemaExampleMatchesRealScan() throws {
        let page = try String(
            contentsOf: RempartProcess.packageRoot.appendingPathComponent("docs/json-schema.md"), encoding: .utf8)
        let afterHeading = try #require(page.range(of: "Shortened output of `rempart scan -f json"))
        let tail = page[afterHeading.upperBound...]
        let start = try #require(tail.range(of: "```json\n"))
        let end = try #require(tail[start.upperBound...].range(of: "```"))
        let example = try #require(
            try JSONSerialization.jsonObject(with: Data(tail[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])

        let output = try RempartProcess.run(["scan", "-q", "-f", "json", "examples/lab/cloudformation"])
        let actual = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])

        // The documented summary, files and keys are the real ones; lists are shortened.
        #expect(Set(example.keys) == Set(actual.keys))
        #expect(NSDictionary(dictionary: example["summary"] as? [String: Any] ?? [:])
            == NSDictionary(dictionary: actual["summary"] as? [String: Any] ?? [:]))
        #expect(NSArray(array: example["files"] as? [Any] ?? []) == NSArray(array: actual["files"] as? [Any] ?? []))
        let findings = actual["findings"] as? [[String: Any]] ?? []
        for finding in example["findings"] as? [[String: Any]] ?? [] {
            var documented = finding
            documented["remediation"] = nil
            #expect(findings.contains { real in
                var copy = real
                copy["remediation"] = nil
                return NSDictionary(dictionary: copy) == NSDictionary(dictionary: documented)
            })
        }
        for key in ["undecided", "diagnostics"] {
            let real = (actual[key] as? [[String: Any]] ?? []).map { NSDictionary(dictionary: $0) }
            for entry in example[key] as? [[String: Any]] ?? [] {
                #expect(real.contains(NSDictionary(dictionary: entry)), "\(key)")
            }
        }
    }
}
