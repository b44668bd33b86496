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
            let lines = Self.lines(of: data)
            for index in indexes {
                guard let number = result.findings[index].location?.line, number >= 1, number <= lines.count else {
                    continue
                }
                result.findings[index].sourceLine = trimmed(lines[number - 1])
            }
        }
    }

    /// Splits `data` at each line feed that is a character of its own, as splitting the
    /// decoded text at `"\n"` does: a carriage return and line feed form one character.
    ///
    /// Text without a carriage return is split on its bytes, which is much faster than
    /// walking its characters and gives the same lines, since a line feed never joins the
    /// characters around it otherwise.
    static func lines(of data: Data) -> [Substring] {
        let text = String(decoding: data, as: UTF8.self)
        guard !data.contains(UInt8(ascii: "\r")) else {
            return text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var position = utf8.startIndex
        while position < utf8.endIndex {
            if utf8[position] == UInt8(ascii: "\n") {
                lines.append(text[start..<position])
                start = utf8.index(after: position)
            }
            position = utf8.index(after: position)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    private static func trimmed(_ line: Substring) -> String {
        var text = String(line)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        guard text.count > maximumLength else { return text }
        return String(text.prefix(maximumLength - 1)) + "…"
    }
}
