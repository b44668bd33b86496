import Foundation
import RempartTemplate
import Testing

/// Reads every file of the shared corpus of public templates: none may crash, hang or take long.
struct CorpusRobustnessTests {
    @Test(.enabled(if: TestSupport.sharedFolder != nil))
    func corpusReadsWithoutCrash() throws {
        let corpus = try #require(TestSupport.sharedFolder).appendingPathComponent("corpus")
        let extensions: Set<String> = ["json", "yaml", "yml", "template", "txt"]
        let files = try #require(FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { extensions.contains($0.pathExtension) && !$0.path.contains("/LICENSES/") }
        var templates = 0
        var notTemplates = 0
        var errors: [String] = []
        var slowest = (file: "", seconds: 0.0)
        let start = Date()
        for url in files {
            let data = try Data(contentsOf: url)
            let fileStart = Date()
            do {
                switch try TemplateReader.read(data, file: url.path) {
                case .template(let template):
                    templates += 1
                    _ = TemplateResolver().resolve([template])
                case .notATemplate:
                    notTemplates += 1
                    print("  not a template: \(url.path)")
                }
            } catch {
                errors.append("\(error.diagnostic.formatted(in: .english))")
            }
            let seconds = Date().timeIntervalSince(fileStart)
            if seconds > slowest.seconds { slowest = (url.lastPathComponent, seconds) }
        }
        let total = Date().timeIntervalSince(start)
        print("corpus: \(files.count) files, \(templates) templates, \(notTemplates) not templates, \(errors.count) errors, \(total) s, slowest \(slowest)")
        for error in errors { print("  " + error) }
        #expect(templates > 1_900)
        #expect(slowest.seconds < 2)
    }
}
