import Foundation
import RempartRules
import RempartScanner
import Testing

/// Runs the regression cases (a template and the verdicts it must give) through the scanner
/// with its default rules and in-source suppressions: the in-repo copies always, and the
/// shared originals when they are present.
struct RegressionCaseTests {
    /// One expected finding or absence of finding.
    struct Expectation: Decodable {
        let rule: String
        let resource: String
        let line: Int?
    }

    /// The verdicts of one case.
    struct Expected: Decodable {
        let mustFire: [Expectation]
        let mustNotFire: [Expectation]

        enum CodingKeys: String, CodingKey {
            case mustFire = "must_fire"
            case mustNotFire = "must_not_fire"
        }
    }

    /// A case folder, named for the test list.
    struct Case: CustomTestStringConvertible, Sendable {
        let folder: URL
        var testDescription: String {
            "\(folder.deletingLastPathComponent().lastPathComponent)/\(folder.lastPathComponent)"
        }
    }

    static let fixtureCases = caseFolders(
        in: RulesTestSupport.packageRoot.appendingPathComponent("Tests/RempartRulesTests/Fixtures/Cases"))
    static let sharedCases = RulesTestSupport.sharedFolder.map { caseFolders(in: $0.appendingPathComponent("cases")) } ?? []

    static func caseFolders(in folder: URL) -> [Case] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { Case(folder: folder.appendingPathComponent($0)) }
            .filter { FileManager.default.fileExists(atPath: $0.folder.appendingPathComponent("expected.json").path) }
    }

    @Test func fixturesCopyEverySharedCase() throws {
        try #require(RulesTestSupport.sharedFolder != nil)
        let shared = Set(Self.sharedCases.map(\.folder.lastPathComponent))
        let copied = Set(Self.fixtureCases.map(\.folder.lastPathComponent))
        #expect(shared.subtracting(copied).isEmpty, "cases not copied into Fixtures: \(shared.subtracting(copied).sorted())")
    }

    @Test(arguments: fixtureCases + sharedCases)
    func caseGivesExpectedVerdicts(_ testCase: Case) throws {
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(contentsOf: testCase.folder.appendingPathComponent("expected.json")))
        let sources = try RulesTestSupport.sources(in: testCase.folder)
        let result = Scanner().scan(sources: sources)
        let failures = result.activeFindings

        for expectation in expected.mustFire {
            let matching = failures.filter {
                $0.rule.id == expectation.rule && $0.resource.name == expectation.resource
            }
            #expect(!matching.isEmpty, "\(expectation.rule) does not fire on \(expectation.resource)")
            if let line = expectation.line {
                #expect(matching.contains { $0.location?.line == line },
                    "\(expectation.rule) on \(expectation.resource) points at \(matching.compactMap { $0.location?.line }), expected line \(line)")
            }
        }
        for expectation in expected.mustNotFire {
            let matching = failures.filter {
                $0.rule.id == expectation.rule && $0.resource.name == expectation.resource
            }
            #expect(matching.isEmpty, "\(expectation.rule) fires on \(expectation.resource) at \(matching.compactMap { $0.location?.line })")
        }
    }
}
