/// A test of a file's bytes that a secret pattern cannot match without, run before the
/// pattern because it costs a single pass over the bytes.
public enum SecretPrefilter: Sendable, Hashable {
    /// The bytes hold a run of at least `length` base64 characters (letters, digits, `+`, `/`
    /// and `=`), as every AWS secret access key is.
    case base64Run(length: Int)

    /// Returns whether `bytes` may contain a match.
    public func admits(_ bytes: UnsafeRawBufferPointer) -> Bool {
        switch self {
        case .base64Run(let length):
            var run = 0
            for byte in bytes {
                if Self.isBase64(byte) {
                    run += 1
                    if run >= length { return true }
                } else {
                    run = 0
                }
            }
            return false
        }
    }

    private static func isBase64(_ byte: UInt8) -> Bool {
        byte &- 0x61 < 26 || byte &- 0x41 < 26 || byte &- 0x30 < 10 || byte == 0x2B || byte == 0x2F || byte == 0x3D
    }
}
