import Foundation

/// Finds the comments of a YAML file, for inline suppressions such as `# rempart:ignore:ID`.
///
/// libyaml drops comments, so the file is scanned again. A `#` starts a comment at the start
/// of a line or after a space or tab, as YAML defines, unless it lies inside a quoted or block
/// scalar: the parser reports those scalars' spans, which this scanner skips.
enum YAMLCommentScanner {
    /// A span of the file, from a start line and column to an end line and column (0-based,
    /// end excluded), that holds a scalar containing `#`.
    struct Span {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int

        func contains(line: Int, column: Int) -> Bool {
            (line, column) >= (startLine, startColumn) && (line, column) < (endLine, endColumn)
        }
    }

    /// Returns the comments of `bytes` in line order, skipping `#` inside `scalarSpans`.
    static func comments(in bytes: UnsafeBufferPointer<UInt8>, scalarSpans: [Span]) -> [Template.Comment] {
        guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "#")), bytes.count) != nil else {
            return []
        }

        var comments: [Template.Comment] = []
        var spanIndex = 0
        var line = 0
        var column = 0
        var onlySpaceBefore = true
        var previous: UInt8 = 0x0A
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 0
                onlySpaceBefore = true
                previous = 0x0A
                index += 1
                continue
            }
            if byte == UInt8(ascii: "#"), column == 0 || previous == 0x20 || previous == 0x09 || previous == 0x0A {
                while spanIndex < scalarSpans.count,
                    (scalarSpans[spanIndex].endLine, scalarSpans[spanIndex].endColumn) <= (line, column)
                {
                    spanIndex += 1
                }
                let isInsideScalar =
                    spanIndex < scalarSpans.count && scalarSpans[spanIndex].contains(line: line, column: column)
                if !isInsideScalar {
                    let end = lineEnd(in: bytes, from: index + 1)
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
                    comments.append(
                        Template.Comment(
                            line: line + 1, isWholeLine: onlySpaceBefore,
                            text: text.trimmingCharacters(in: .whitespaces)))
                    index = end
                    continue
                }
            }
            if byte != 0x20 && byte != 0x09 && byte != 0x0D { onlySpaceBefore = false }
            if byte & 0xC0 != 0x80 { column += 1 }
            previous = byte
            index += 1
        }
        return comments
    }

    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
            index += 1
        }
        return index
    }
}
