/// Tells public address ranges from private ones, for checks of endpoints open to the internet.
///
/// A range is private when it lies entirely inside a block that is not routed on the
/// internet: RFC 1918 (`10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`), loopback, link-local,
/// shared address space (`100.64.0.0/10`) and IPv6 unique local (`fc00::/7`), loopback and
/// link-local addresses. Anything else, including text that is not an address, is public.
enum AddressRange {
    /// The private IPv4 blocks, as (first address, prefix length).
    private static let privateIPv4: [(UInt32, Int)] = [
        (0x0A00_0000, 8), (0xAC10_0000, 12), (0xC0A8_0000, 16), (0x7F00_0000, 8), (0xA9FE_0000, 16),
        (0x6440_0000, 10),
    ]

    /// Returns whether `cidr` (or a single address) reaches addresses routed on the internet.
    static func isPublic(_ cidr: String) -> Bool {
        let parts = cidr.split(separator: "/", maxSplits: 1).map(String.init)
        guard let address = parts.first else { return true }
        if address.contains(":") { return !isPrivateIPv6(address, prefix: parts.count > 1 ? Int(parts[1]) : 128) }
        guard let value = ipv4(address) else { return true }
        let prefix = parts.count > 1 ? Int(parts[1]) ?? 32 : 32
        return !privateIPv4.contains { block, blockPrefix in
            prefix >= blockPrefix && mask(value, blockPrefix) == block
        }
    }

    private static func mask(_ value: UInt32, _ prefix: Int) -> UInt32 {
        prefix == 0 ? 0 : value & ~UInt32(0) << UInt32(32 - prefix)
    }

    private static func ipv4(_ text: String) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt32($0) }
        guard octets.count == 4, octets.allSatisfy({ $0 < 256 }) else { return nil }
        return octets.reduce(0) { $0 << 8 | $1 }
    }

    private static func isPrivateIPv6(_ address: String, prefix: Int?) -> Bool {
        let lower = address.lowercased()
        let prefix = prefix ?? 128
        if lower == "::1" { return prefix == 128 }
        if lower.hasPrefix("fc") || lower.hasPrefix("fd") { return prefix >= 7 }
        if lower.hasPrefix("fe8") || lower.hasPrefix("fe9") || lower.hasPrefix("fea") || lower.hasPrefix("feb") {
            return prefix >= 10
        }
        return false
    }
}
