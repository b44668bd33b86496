import CCrypto
import Foundation

/// SHA-256 and HMAC-SHA256 from OpenSSL's libcrypto, the two primitives Signature Version 4 needs.
public enum Crypto {
    /// Returns the SHA-256 digest of `data`.
    public static func sha256(_ data: Data) -> Data {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        var length: UInt32 = 0
        data.withUnsafeBytes { buffer in
            // EVP_Digest cannot fail for SHA-256 with valid buffers.
            _ = EVP_Digest(buffer.baseAddress, buffer.count, &digest, &length, EVP_sha256(), nil)
        }
        return Data(digest.prefix(Int(length)))
    }

    /// Returns the SHA-256 digest of the UTF-8 bytes of `string`.
    public static func sha256(_ string: String) -> Data {
        sha256(Data(string.utf8))
    }

    /// Returns the MD5 digest of `data`, for S3's `Content-MD5` integrity header (not for security).
    public static func md5(_ data: Data) -> Data {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        data.withUnsafeBytes { buffer in
            _ = EVP_Digest(buffer.baseAddress, buffer.count, &digest, &length, EVP_md5(), nil)
        }
        return Data(digest.prefix(Int(length)))
    }

    /// Returns HMAC-SHA256 of `data` under `key`.
    public static func hmacSHA256(key: Data, data: Data) -> Data {
        var mac = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        key.withUnsafeBytes { keyBuffer in
            data.withUnsafeBytes { dataBuffer in
                _ = HMAC(
                    EVP_sha256(), keyBuffer.baseAddress, Int32(keyBuffer.count),
                    dataBuffer.baseAddress?.assumingMemoryBound(to: UInt8.self), dataBuffer.count,
                    &mac, &length
                )
            }
        }
        return Data(mac.prefix(Int(length)))
    }

    /// Returns HMAC-SHA256 of the UTF-8 bytes of `string` under `key`.
    public static func hmacSHA256(key: Data, string: String) -> Data {
        hmacSHA256(key: key, data: Data(string.utf8))
    }

    /// Returns `count` cryptographically random bytes.
    public static func randomBytes(count: Int) -> Data {
        var bytes = [UInt8](repeating: 0, count: count)
        _ = RAND_bytes(&bytes, Int32(count))
        return Data(bytes)
    }
}

extension Data {
    /// The bytes as lowercase hexadecimal, as Signature Version 4 writes digests and signatures.
    public var hexEncoded: String {
        let digits = Array("0123456789abcdef".utf8)
        var output = [UInt8]()
        output.reserveCapacity(count * 2)
        for byte in self {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
