import RempartSupport

/// A byte-level JSON parser that keeps the line and column of every value.
///
/// Foundation's `JSONSerialization` gives no positions, and findings must point at the exact
/// value, so this parser reads RFC 8259 JSON directly from the UTF-8 bytes. The input must
/// already be valid UTF-8 without a byte order mark. Errors stop at the first problem and
/// carry its exact position.
struct JSONParser {
    /// The deepest nesting accepted; deeper documents are rejected instead of overflowing the stack.
    static let maxDepth = 200

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// The offset and column of the last location computed, so that columns on a long line
    /// (minified JSON) are counted once instead of from the line start for every value.
    private var columnMark = (offset: 0, column: 1)
    /// Warnings found while reading, such as duplicate keys.
    private(set) var diagnostics: [Diagnostic] = []

    /// Creates a parser over `bytes`, reporting locations in `file`.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Parses the whole buffer as one JSON value.
    mutating func parseDocument() throws(TemplateError) -> Node {
        skipWhitespace()
        let root = try parseValue(depth: 0)
        skipWhitespace()
        if position < bytes.count {
            throw error(Self.trailingContent(found: describeCurrent()))
        }
        return root
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws(TemplateError) -> Node {
        guard position < bytes.count else { throw error(Self.unexpectedEnd()) }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""):
            let location = currentLocation()
            return Node(.string(try parseString()), at: location)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        default: throw error(Self.expectedValue(found: describeCurrent()))
        }
    }

    private mutating func parseObject(depth: Int) throws(TemplateError) -> Node {
        let location = currentLocation()
        guard depth <= Self.maxDepth else { throw error(Self.tooDeep()) }
        position += 1
        skipWhitespace()

        var entries: [Node.Entry] = []
        if peek() == UInt8(ascii: "}") {
            position += 1
            return Node(.mapping(entries), at: location)
        }
        while true {
            guard peek() == UInt8(ascii: "\"") else {
                throw error(
                    entries.isEmpty
                        ? Self.expectedKey(found: describeCurrent())
                        : Self.expectedKeyAfterComma(found: describeCurrent()))
            }
            let keyLocation = currentLocation()
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw error(Self.expectedColon(after: key, found: describeCurrent()))
            }
            position += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            entries.append(Node.Entry(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()

            guard let next = peek() else { throw error(Self.unclosedObject(openedAt: location)) }
            if next == UInt8(ascii: ",") {
                position += 1
                skipWhitespace()
            } else if next == UInt8(ascii: "}") {
                position += 1
                break
            } else {
                throw error(Self.expectedCommaOrBrace(found: describeCurrent()))
            }
        }

        entries = DuplicateKeys.removing(from: entries, diagnostics: &diagnostics)
        return LongFormIntrinsic.recognize(entries, at: location) ?? Node(.mapping(entries), at: location)
    }

    private mutating func parseArray(depth: Int) throws(TemplateError) -> Node {
        let location = currentLocation()
        guard depth <= Self.maxDepth else { throw error(Self.tooDeep()) }
        position += 1
        skipWhitespace()

        var elements: [Node] = []
        if peek() == UInt8(ascii: "]") {
            position += 1
            return Node(.sequence(elements), at: location)
        }
        while true {
            if peek() == UInt8(ascii: "]") { throw error(Self.trailingCommaInArray()) }
            elements.append(try parseValue(depth: depth))
            skipWhitespace()

            guard let next = peek() else { throw error(Self.unclosedArray(openedAt: location)) }
            if next == UInt8(ascii: ",") {
                position += 1
                skipWhitespace()
            } else if next == UInt8(ascii: "]") {
                position += 1
                break
            } else {
                throw error(Self.expectedCommaOrBracket(found: describeCurrent()))
            }
        }
        return Node(.sequence(elements), at: location)
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: Node.Kind) throws(TemplateError) -> Node {
        let location = currentLocation()
        let length = word.utf8CodeUnitCount
        let start = word.utf8Start
        for offset in 0..<length {
            guard position + offset < bytes.count, bytes[position + offset] == start[offset] else {
                position += offset
                throw error(Self.invalidLiteral())
            }
        }
        position += length
        return Node(kind, at: location)
    }

    private mutating func parseNumber() throws(TemplateError) -> Node {
        let location = currentLocation()
        let start = position

        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), isDigit(first) else { throw error(Self.invalidNumber()) }
        position += 1
        if first != UInt8(ascii: "0") {
            while let byte = peek(), isDigit(byte) { position += 1 }
        } else if let byte = peek(), isDigit(byte) {
            throw error(Self.leadingZero())
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let byte = peek(), isDigit(byte) else { throw error(Self.invalidNumber()) }
            while let byte = peek(), isDigit(byte) { position += 1 }
        }
        if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            position += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { position += 1 }
            guard let byte = peek(), isDigit(byte) else { throw error(Self.invalidNumber()) }
            while let byte = peek(), isDigit(byte) { position += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return Node(.number(text), at: location)
    }

    // MARK: - Strings

    /// Parses a string starting at its opening quote and leaves `position` after the closing one.
    private mutating func parseString() throws(TemplateError) -> String {
        let openingQuote = position
        position += 1
        let start = position

        // Fast path: no escapes, which is nearly every string of a template.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error(Self.controlCharacter(byte)) }
            position += 1
        }
        guard position < bytes.count else {
            position = openingQuote
            throw error(Self.unterminatedString())
        }

        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte < 0x20 { throw error(Self.controlCharacter(byte)) }
            if byte == UInt8(ascii: "\\") {
                try parseEscape(into: &buffer)
            } else {
                buffer.append(byte)
                position += 1
            }
        }
        position = openingQuote
        throw error(Self.unterminatedString())
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(TemplateError) {
        position += 1
        guard let byte = peek() else { throw error(Self.unexpectedEnd()) }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            position += 1
            let scalar = try parseUnicodeEscape()
            buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
            return
        default:
            position -= 1
            throw error(Self.invalidEscape(found: describe(byte)))
        }
        position += 1
    }

    /// Parses the four hex digits after `\u`, joining a UTF-16 surrogate pair when one follows.
    private mutating func parseUnicodeEscape() throws(TemplateError) -> Unicode.Scalar {
        let escapeStart = position - 2
        let high = try parseHex4(escapeStart: escapeStart)
        if (0xD800..<0xDC00).contains(high) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            else {
                position = escapeStart
                throw error(Self.loneSurrogate())
            }
            position += 2
            let low = try parseHex4(escapeStart: escapeStart)
            guard (0xDC00..<0xE000).contains(low) else {
                position = escapeStart
                throw error(Self.loneSurrogate())
            }
            let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            if let scalar = Unicode.Scalar(value) { return scalar }
        } else if let scalar = Unicode.Scalar(high) {
            return scalar
        }
        position = escapeStart
        throw error(Self.loneSurrogate())
    }

    private mutating func parseHex4(escapeStart: Int) throws(TemplateError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = hexValue(byte) else {
                position = escapeStart
                throw error(Self.invalidUnicodeEscape())
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    // MARK: - Helpers

    @inline(__always)
    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Skips JSON whitespace (space, tab, LF, CR), counting lines.
    @inline(__always)
    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09:
                position += 1
            case 0x0A:
                position += 1
                line += 1
                lineStart = position
            case 0x0D:
                position += 1
                if position < bytes.count, bytes[position] == 0x0A { continue }
                line += 1
                lineStart = position
            default:
                return
            }
        }
    }

    private mutating func currentLocation() -> SourceLocation {
        if columnMark.offset < lineStart || columnMark.offset > position {
            columnMark = (lineStart, 1)
        }
        let column = columnMark.column + TextPosition.column(of: position, lineStart: columnMark.offset, in: bytes) - 1
        columnMark = (position, column)
        return SourceLocation(file: file, line: line, column: column)
    }

    private func describeCurrent() -> LocalizedText {
        guard let byte = peek() else { return LocalizedText("the end of the file", fr: "la fin du fichier") }
        return describe(byte)
    }

    private func describe(_ byte: UInt8) -> LocalizedText {
        switch byte {
        case 0x0A, 0x0D: return LocalizedText("a line break", fr: "un saut de ligne")
        case 0x21...0x7E:
            let character = String(UnicodeScalar(byte))
            return LocalizedText("'\(character)'", fr: "« \(character) »")
        default:
            return LocalizedText(
                "a non-printable or non-ASCII character", fr: "un caractère non imprimable ou non ASCII")
        }
    }

    private mutating func error(_ message: LocalizedText) -> TemplateError {
        TemplateError(kind: .syntax, message: message, location: currentLocation(), file: file)
    }
}
