/// Writes JSON byte for byte as `JSONEncoder` does with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`, for the parts of a report written many times over.
///
/// `JSONEncoder` builds a tree of every value before it writes a byte, which made it the largest
/// cost of a large scan's JSON report. This writer appends to one buffer instead. Its callers
/// give the keys of each object in sorted order; tests compare its output with `JSONEncoder`'s.
struct PrettyJSONWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    /// The indentation of the object or array being written, in levels of two spaces.
    private var depth: Int
    /// Whether the object or array being written has a member yet, at each open level.
    private var hasMembers: [Bool] = []

    /// Creates a writer whose first value starts `depth` levels deep.
    init(depth: Int = 0) {
        self.depth = depth
        bytes.reserveCapacity(1024)
    }

    /// Removes the bytes written, keeping the buffer's capacity.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: - Containers

    /// Opens an object (`{`), as the value of the current key or array element.
    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        hasMembers.append(false)
    }

    /// Closes the current object.
    mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    /// Opens an array (`[`).
    mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        depth += 1
        hasMembers.append(false)
    }

    /// Closes the current array. An empty array is written as `JSONEncoder` writes it: `[`,
    /// an empty line, and `]`.
    mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Starts the member `key` of the current object; the value follows.
    mutating func key(_ key: String) {
        separate()
        string(key)
        bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Starts the next element of the current array; the value follows.
    mutating func element() {
        separate()
    }

    // MARK: - Values

    /// Writes a string, escaped as `JSONEncoder` escapes it.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes an integer.
    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: Array(String(value).utf8))
    }

    /// Writes `true` or `false`.
    mutating func boolean(_ value: Bool) {
        bytes.append(contentsOf: Array((value ? "true" : "false").utf8))
    }

    /// Writes an array of strings.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    // MARK: - Layout

    private mutating func separate() {
        if hasMembers[hasMembers.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMembers[hasMembers.count - 1] = true
        newline(depth)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = hasMembers.removeLast()
        depth -= 1
        if !hadMembers { bytes.append(UInt8(ascii: "\n")) }
        newline(depth)
        bytes.append(bracket)
    }

    private mutating func newline(_ levels: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: levels * 2))
    }
}
