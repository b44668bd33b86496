/// Converts byte offsets of a UTF-8 buffer into 1-based lines and columns.
///
/// Columns count Unicode scalars, as libyaml's marks do, so JSON and YAML locations agree.
/// A line ends at LF, at CRLF, or at a lone CR.
enum TextPosition {
    /// Returns the line and column of `offset`, scanning from the start of the buffer.
    ///
    /// The scan is linear, so it is meant for error messages, not for every node.
    static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            } else if byte == 0x0D, index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, column(of: end, lineStart: lineStart, in: bytes))
    }

    /// Returns the 1-based column of `offset` on the line that starts at `lineStart`.
    @inline(__always)
    static func column(of offset: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var column = 1
        var index = lineStart
        while index < offset {
            // Continuation bytes (0b10xxxxxx) do not start a new character.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }
}
