/// Gives plain (unquoted, untagged) YAML scalars their type, as CloudFormation reads them.
///
/// CloudFormation reads the YAML 1.1 specification, whose boolean type also spells true as
/// `y`, `yes` and `on` and false as `n`, `no` and `off`, each in lower, capitalized or upper
/// case (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html).
/// Quoted scalars stay strings. Numbers keep their text (`0123`, `1.50`).
enum YAMLScalarResolver {
    /// Returns the node kind of a plain scalar with text `bytes`.
    static func resolve(_ bytes: UnsafeBufferPointer<UInt8>) -> Node.Kind {
        let count = bytes.count
        guard count > 0 else { return .null }
        let first = bytes[0]

        // Only a few first bytes can start anything but a string.
        switch first {
        case UInt8(ascii: "~"):
            if count == 1 { return .null }
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            if matches(bytes, "null", "Null", "NULL") { return .null }
            if matches(bytes, "n", "N", "no", "No", "NO") { return .bool(false) }
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            if matches(bytes, "true", "True", "TRUE") { return .bool(true) }
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            if matches(bytes, "false", "False", "FALSE") { return .bool(false) }
        case UInt8(ascii: "y"), UInt8(ascii: "Y"):
            if matches(bytes, "y", "Y", "yes", "Yes", "YES") { return .bool(true) }
        case UInt8(ascii: "o"), UInt8(ascii: "O"):
            if matches(bytes, "on", "On", "ON") { return .bool(true) }
            if matches(bytes, "off", "Off", "OFF") { return .bool(false) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if isNumber(bytes) { return .number(String(decoding: bytes, as: UTF8.self)) }
        default:
            break
        }
        return .string(String(decoding: bytes, as: UTF8.self))
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ spellings: StaticString...) -> Bool {
        for spelling in spellings where spelling.utf8CodeUnitCount == bytes.count {
            let start = spelling.utf8Start
            var equal = true
            for index in 0..<bytes.count where bytes[index] != start[index] {
                equal = false
                break
            }
            if equal { return true }
        }
        return false
    }

    /// Whether the text is a YAML 1.1 integer (decimal, `0x…`, `0o…`) or float, `.inf` and `.nan` included.
    static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { index = 1 }
        guard index < count else { return false }

        let rest = UnsafeBufferPointer(rebasing: bytes[index...])
        if matches(rest, ".inf", ".Inf", ".INF") { return true }
        if index == 0, matches(rest, ".nan", ".NaN", ".NAN") { return true }
        if rest.count > 2, rest[0] == UInt8(ascii: "0") {
            switch rest[1] {
            case UInt8(ascii: "x"): return rest.dropFirst(2).allSatisfy(isHexDigit)
            case UInt8(ascii: "o"):
                return rest.dropFirst(2).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }
            default: break
            }
        }

        // [digits][.digits][e[+-]digits] with at least one digit before the exponent.
        var digits = 0
        while index < count, isDigit(bytes[index]) {
            index += 1
            digits += 1
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, isDigit(bytes[index]) {
                index += 1
                digits += 1
            }
        }
        guard digits > 0 else { return false }
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            guard index < count else { return false }
            while index < count, isDigit(bytes[index]) { index += 1 }
        }
        return index == count
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }
}
