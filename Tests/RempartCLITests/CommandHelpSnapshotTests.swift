import RempartSupport
import Testing

@testable import RempartCLI

/// Help texts of `report`, `diagram`, `rules` and `local`, compared with `Snapshots/help-*.txt`.
struct CommandHelpSnapshotTests {
    /// One help page in one language.
    struct Page: CustomTestStringConvertible, Sendable {
        var path: [String]
        var language: Language

        var snapshotName: String { "help-\(path.dropFirst().joined(separator: "-")).\(language.rawValue).txt" }
        var testDescription: String { "\(path.joined(separator: " ")) (\(language.rawValue))" }
    }

    static let paths: [[String]] = [
        ["rempart", "report"], ["rempart", "diagram"], ["rempart", "rules"], ["rempart", "rules", "show"],
        ["rempart", "local"], ["rempart", "local", "start"], ["rempart", "local", "status"],
    ]

    static let pages: [Page] = paths.flatMap { path in Language.allCases.map { Page(path: path, language: $0) } }

    @Test(arguments: pages)
    func helpMatchesSnapshot(_ page: Page) throws {
        let text = HelpFormatter(root: Rempart.rootSpec, language: page.language).help(for: page.path)
        try Snapshot.check(text, named: page.snapshotName)
    }

    @Test(arguments: pages)
    func helpLinesFitEightyColumns(_ page: Page) {
        let text = HelpFormatter(root: Rempart.rootSpec, language: page.language).help(for: page.path)
        for line in text.split(separator: "\n") {
            #expect(line.count <= 80, "\(line)")
        }
    }

    @Test func rootListsCommandsInOrder() {
        let names = Rempart.rootSpec.subcommands.map(\.name)
        let expected = ["scan", "synth", "deploy", "destroy", "audit", "report", "diagram", "rules", "local"]
        #expect(names == expected.filter(names.contains))
        #expect(Array(names.suffix(4)) == ["report", "diagram", "rules", "local"])
    }

    @Test func reportSharesScanOptionHelp() {
        let scan = Rempart.rootSpec.subcommand(named: "scan")
        let report = Rempart.rootSpec.subcommand(named: "report")
        for name in ["parameter", "parameters-file", "region", "severity", "ignore-file", "skip-rules"] {
            #expect(report?.option(named: name)?.help == scan?.option(named: name)?.help, "--\(name)")
        }
        #expect(report?.option(named: "fail-on")?.help.english.contains("default: none") == true)
    }
}
