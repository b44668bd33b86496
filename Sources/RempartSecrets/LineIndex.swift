import Foundation

/// Maps UTF-16 offsets of a text to 1-based lines and columns.
struct LineIndex {
    /// The UTF-16 offset where each line starts.
    private let lineStarts: [Int]

    init(_ text: String) {
        var starts = [0]
        var offset = 0
        for unit in text.utf16 {
            offset += 1
            if unit == 0x0A { starts.append(offset) }
        }
        lineStarts = starts
    }

    /// Returns the 1-based line and column (in characters of the line) of `offset`.
    func position(ofUTF16Offset offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// Returns the line containing `range` with the range replaced by asterisks, trimmed and
    /// cut to 200 characters.
    func maskedLine(in text: NSString, hiding range: NSRange) -> String {
        let line = position(ofUTF16Offset: range.location).line
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : text.length
        while end > start, [0x0A, 0x0D].contains(text.character(at: end - 1)) { end -= 1 }
        let lineText = NSMutableString(string: text.substring(with: NSRange(location: start, length: end - start)))
        let localStart = range.location - start
        let length = min(range.length, lineText.length - localStart)
        lineText.replaceCharacters(
            in: NSRange(location: localStart, length: length), with: String(repeating: "*", count: length))
        let trimmed = (lineText as String).trimmingCharacters(in: .whitespaces)
        return trimmed.count > 200 ? String(trimmed.prefix(199)) + "…" : trimmed
    }
}
