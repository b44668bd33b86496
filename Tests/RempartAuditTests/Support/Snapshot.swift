import Foundation
import Testing

/// Compares outputs with golden files under `Snapshots/`, rewriting them when
/// `RECORD_SNAPSHOTS=1` is set.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    /// Expects `actual` to equal the golden file `name`, or records it.
    static func expectMatches(
        _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(name); run the tests with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let first =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let expectedLine = first < expectedLines.count ? expectedLines[first] : "<end>"
        let actualLine = first < actualLines.count ? actualLines[first] : "<end>"
        Issue.record(
            "\(name) differs at line \(first + 1):\n  expected: \(expectedLine)\n  actual:   \(actualLine)",
            sourceLocation: sourceLocation)
    }
}
