import Foundation
import RempartScanner
import RempartSupport
import Testing

/// At debug level (`-vv`) the scanner logs its steps: files read, time per phase and rules run.
struct ScannerLoggingTests {
    @Test func debugLogNamesFilesPhasesAndRules() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("group.yaml", ScannerSourcesTests.openGroup)
        try scratch.write("notes.json", "{\"name\": \"not a template\"}")

        let handler = InMemoryLogHandler()
        var options = ScanOptions()
        options.workingDirectory = scratch.url.path
        let scanner = Scanner(options: options, logger: Logger(level: .debug, handler: handler))
        let result = await scanner.scan(["."])
        #expect(result.fileCount(.scanned) == 1)

        let messages = handler.entries.filter { $0.level == .debug }.map(\.message)
        #expect(messages.contains("read group.yaml: scanned (yaml)"))
        #expect(messages.contains("read notes.json: skipped (json)") || messages.contains("read notes.json: skipped"))
        for phase in ["collected files in ", "read and parsed 2 files in ", "evaluated templates and ran rules in "] {
            #expect(messages.contains { $0.hasPrefix(phase) && $0.hasSuffix(" ms") }, "\(phase)")
        }
        let rules = try #require(messages.first { $0.hasPrefix("running ") })
        #expect(rules.contains(" rules on 1 templates: "))
        #expect(rules.contains("AVD-AWS-0107"))
    }
}
