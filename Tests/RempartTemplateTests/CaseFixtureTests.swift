import Foundation
import RempartTemplate
import Testing

/// The regression cases: each template reads and resolves cleanly, and matches its `parse` expectations.
struct CaseFixtureTests {
    /// The case folders of the fixtures copied into this package.
    static let fixtureCases: [URL] = caseFolders(
        in: TestSupport.packageRoot.appendingPathComponent("Tests/RempartTemplateTests/Fixtures/cases"))

    /// The case folders of the shared folder, when it is present.
    static let sharedCases: [URL] =
        TestSupport.sharedFolder.map { caseFolders(in: $0.appendingPathComponent("cases")) } ?? []

    static func caseFolders(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("expected.json").path)
        }
    }

    @Test func fixturesArePresent() {
        #expect(Self.fixtureCases.count >= 10)
    }

    @Test(arguments: fixtureCases)
    func fixtureCaseReadsAndMatches(folder: URL) throws {
        try Self.check(folder)
    }

    @Test(.enabled(if: TestSupport.sharedFolder != nil), arguments: sharedCases)
    func sharedCaseReadsAndMatches(folder: URL) throws {
        try Self.check(folder)
    }

    static func check(_ folder: URL) throws {
        let templateURL = ["template.yaml", "template.json"].map { folder.appendingPathComponent($0) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        let url = try #require(templateURL)
        let result = try TemplateReader.read(try Data(contentsOf: url), file: url.lastPathComponent)
        guard case .template(let template) = result else {
            Issue.record("\(folder.lastPathComponent) is not read as a template")
            return
        }
        let resolved = TemplateResolver().resolve([template])[0]
        #expect(resolved.diagnostics.filter { $0.level == .error }.isEmpty, "\(folder.lastPathComponent)")
        for resource in resolved.resources {
            #expect(!resource.properties.containsIntrinsic, "\(resource.logicalID)")
        }

        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        let expectations = (expected as? [String: Any])?["parse"] as? [[String: Any]] ?? []
        for expectation in expectations {
            let path = try #require(expectation["path"] as? [Any])
            let equals = try #require(expectation["equals"])
            let expectedJSON = try normalizedJSON(equals)
            let actual = template.root.at(path)?.json
            #expect(actual == expectedJSON, "\(folder.lastPathComponent) \(path)")
        }
    }

    /// Renders a JSON value the way `NodeFormatter` does, by reading it back through the reader.
    static func normalizedJSON(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: ["v": value], options: [.fragmentsAllowed])
        let text = String(decoding: data, as: UTF8.self)
        let wrapped = #"{"Resources":{"X":{"Type":"AWS::S3::Bucket","Properties":"# + text + "}}}"
        let template = try TestSupport.template(wrapped, file: "expected.json")
        return try #require(template.root.at(["Resources", "X", "Properties", "v"])).json
    }
}
