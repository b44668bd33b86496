import Testing

@testable import RempartCLI
import RempartSupport

/// Help texts, compared with `Snapshots/help-*.txt`.
struct HelpSnapshotTests {
    @Test(arguments: [Language.english, .french])
    func rootHelp(_ language: Language) throws {
        let text = HelpFormatter(root: Rempart.rootSpec, language: language).help(for: ["rempart"])
        try Snapshot.check(text, named: "help-root.\(language.rawValue).txt")
    }

    @Test(arguments: [Language.english, .french])
    func scanHelp(_ language: Language) throws {
        let text = HelpFormatter(root: Rempart.rootSpec, language: language).help(for: ["rempart", "scan"])
        try Snapshot.check(text, named: "help-scan.\(language.rawValue).txt")
    }

    @Test(arguments: [Language.english, .french])
    func auditHelp(_ language: Language) throws {
        let text = HelpFormatter(root: Rempart.rootSpec, language: language).help(for: ["rempart", "audit"])
        try Snapshot.check(text, named: "help-audit.\(language.rawValue).txt")
    }

    @Test func helpLinesFitEightyColumns() {
        for language in Language.allCases {
            let formatter = HelpFormatter(root: Rempart.rootSpec, language: language)
            for path in [["rempart"], ["rempart", "scan"], ["rempart", "audit"]] {
                for line in formatter.help(for: path).split(separator: "\n") {
                    #expect(line.count <= 80, "\(language) \(path): \(line)")
                }
            }
        }
    }

    @Test func aliasesStayOutOfHelp() {
        let formatter = HelpFormatter(root: Rempart.rootSpec, language: .english)
        for command in ["audit", "report", "diagram", "deploy", "destroy"] {
            let text = formatter.help(for: ["rempart", command])
            #expect(!text.contains("--aws-profile"), "\(command)")
            #expect(text.contains("--profile <name>"), "\(command)")
        }
        #expect(!formatter.help(for: ["rempart", "synth"]).contains("--profile <"))
        #expect(formatter.help(for: ["rempart", "scan"]).contains("--parse-only"))
    }
}
