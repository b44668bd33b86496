import Foundation
import RempartTemplate
import Testing

/// Reads every file of the shared corpus of public templates: none may crash, hang or take long.
struct CorpusRobustnessTests {
    /// What reading the corpus gave.
    struct Tally {
        var templates = 0
        var notTemplates = 0
        var errors: [String] = []
        var slowest = (file: "", seconds: 0.0)
    }

    static func corpusFiles() throws -> [URL] {
        let corpus = try #require(TestSupport.sharedFolder).appendingPathComponent("corpus")
        let extensions: Set<String> = ["json", "yaml", "yml", "template", "txt"]
        return try #require(FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { extensions.contains($0.pathExtension) && !$0.path.contains("/LICENSES/") }
    }

    @Test(.enabled(if: TestSupport.sharedFolder != nil))
    func corpusReadsWithoutCrash() throws {
        var tally = Tally()
        for url in try Self.corpusFiles() {
            let data = try Data(contentsOf: url)
            let start = Date()
            do {
                switch try TemplateReader.read(data, file: url.path) {
                case .template(let template):
                    tally.templates += 1
                    Self.checkResolution(of: template)
                case .notATemplate:
                    tally.notTemplates += 1
                }
            } catch {
                tally.errors.append(error.diagnostic.formatted(in: .english))
            }

            let seconds = Date().timeIntervalSince(start)
            if seconds > tally.slowest.seconds { tally.slowest = (url.lastPathComponent, seconds) }
        }

        print("corpus: \(tally.templates) templates, \(tally.notTemplates) not templates, \(tally.errors.count) errors")
        #expect(tally.templates > 1_900)
        #expect(tally.errors.count < 20)
        #expect(tally.slowest.seconds < 2)
    }

    /// Checks that no intrinsic call is left after resolution.
    static func checkResolution(of template: Template) {
        let resolved = TemplateResolver().resolve([template])[0]
        for resource in resolved.resources {
            #expect(!resource.properties.containsIntrinsic, "\(template.file) \(resource.logicalID)")
            #expect(resource.metadata?.containsIntrinsic != true, "\(template.file) \(resource.logicalID)")
        }
        #expect(!resolved.outputs.values.contains { $0.containsIntrinsic }, "\(template.file)")
    }
}
