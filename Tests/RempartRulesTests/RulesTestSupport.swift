import Foundation
import RempartModel
import RempartRules
import RempartScanner
import RempartSupport
import Testing

/// Helpers shared by the rule tests.
enum RulesTestSupport {
    /// The package root, derived from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shared folder beside the package (`../shared`), or nil when it is absent.
    ///
    /// A git worktree kept one level deeper (`wt/NAME`) finds it one level up.
    static let sharedFolder: URL? = {
        let parent = packageRoot.deletingLastPathComponent()
        let candidates = [
            parent.appendingPathComponent("shared"),
            parent.deletingLastPathComponent().appendingPathComponent("shared"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("rules").path) }
    }()

    /// The marker written before the value a finding must point at in bad examples.
    static let marker: Character = "↓"

    /// Removes the markers from `text` and returns the text and the 1-based lines they were on.
    static func stripMarkers(_ text: String) -> (text: String, lines: Set<Int>) {
        var lines = Set<Int>()
        var stripped: [String] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.contains(marker) { lines.insert(index + 1) }
            stripped.append(line.filter { $0 != marker })
        }
        return (stripped.joined(separator: "\n"), lines)
    }

    /// Reads, resolves and adapts `sources`, then evaluates `rules` on the state directly, so
    /// deprecated and compliance-only rules run too.
    static func evaluate(_ sources: [Pipeline.Source], rules: [any Rule]) -> (output: Pipeline.Output, results: [CheckResult]) {
        let output = Pipeline.run(sources, rules: [])
        return (output, rules.flatMap { $0.evaluate(output.state) })
    }

    /// Reads every file of `folder` with one of `extensions` as sources, named by file name.
    static func sources(in folder: URL, extensions: Set<String> = ["yaml", "yml", "json"]) throws -> [Pipeline.Source] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }.map { name in
            Pipeline.Source(file: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// Returns the source location of a rule example, for failures that point at it.
    static func sourceLocation(of example: RuleMetadata.Example) -> Testing.SourceLocation {
        Testing.SourceLocation(fileID: "RempartRules/\((example.file as NSString).lastPathComponent)", filePath: example.file, line: example.line, column: 1)
    }
}
