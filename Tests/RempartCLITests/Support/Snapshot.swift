import Foundation
import Testing

/// Compares text with a file under `Snapshots/`, re-recorded only when `RECORD_SNAPSHOTS=1`.
enum Snapshot {
    /// The folder holding the snapshot files, in the source tree.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    /// Checks `actual` against the snapshot `name`, or records it when `RECORD_SNAPSHOTS=1`.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing snapshot \(name); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(actual == expected, "differs from Snapshots/\(name)", sourceLocation: sourceLocation)
    }
}
