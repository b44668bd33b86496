import Foundation

/// Copies the offending line of each finding from its file, for the table report.
enum SourceLines {
    /// The maximum length of a kept line, in characters; longer lines are cut and end with `…`.
    static let maximumLength = 160

    /// Sets `sourceLine` on every finding that has a location, reading each file once through `contents`.
    static func attach(to result: inout ScanResult, contents: (String) -> Data?) {
        let indexesByFile = Dictionary(grouping: result.findings.indices) { result.findings[$0].location?.file ?? "" }
        for (file, indexes) in indexesByFile where !file.isEmpty {
            guard let data = contents(file) else { continue }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for index in indexes {
                guard let number = result.findings[index].location?.line, number >= 1, number <= lines.count else {
                    continue
                }
                result.findings[index].sourceLine = trimmed(lines[number - 1])
            }
        }
    }

    private static func trimmed(_ line: Substring) -> String {
        var text = String(line)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        guard text.count > maximumLength else { return text }
        return String(text.prefix(maximumLength - 1)) + "…"
    }
}
