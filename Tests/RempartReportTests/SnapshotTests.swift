import Foundation
import RempartReport
import RempartSupport
import Testing

/// Golden files of the lab's reports and diagrams, for both profiles and both languages.
///
/// The inputs are `LabFixture`'s hand-built states and results, with no date, so the outputs
/// are byte-identical on every run. Re-record with `RECORD_SNAPSHOTS=1`.
struct SnapshotTests {
    static let arguments = LabFixture.Profile.allCases.flatMap { profile in
        Language.allCases.map { (profile, $0) }
    }

    @Test(arguments: arguments)
    func markdownReportMatchesGoldenFile(_ profile: LabFixture.Profile, language: Language) throws {
        let report = try LabFixture(profile).report()
        let markdown = report.markdown(
            in: language, diagramPath: "lab-\(profile.testDescription)-\(language.rawValue).svg")
        try Snapshot.expectMatches(markdown, named: "lab-\(profile.testDescription)-\(language.rawValue).md")
    }

    @Test(arguments: arguments)
    func htmlReportMatchesGoldenFile(_ profile: LabFixture.Profile, language: Language) throws {
        let html = try LabFixture(profile).report().html(in: language)
        try Snapshot.expectMatches(html, named: "lab-\(profile.testDescription)-\(language.rawValue).html")
    }

    @Test(arguments: arguments)
    func diagramMatchesGoldenFile(_ profile: LabFixture.Profile, language: Language) throws {
        let fixture = try LabFixture(profile)
        let graph = ArchitectureGraph(state: fixture.state, results: fixture.results, rules: LabRules.all)
        let svg = SVGDiagramRenderer(language: language).render(graph)
        try Snapshot.expectMatches(svg, named: "lab-\(profile.testDescription)-\(language.rawValue).svg")
    }
}
