import Foundation

/// A 128-bit address (IPv4 in the low 32 bits) as two 64-bit halves, for `Fn::Cidr`.
struct IPAddress128: Equatable {
    /// The first 64 bits, zero for IPv4.
    var high: UInt64
    /// The last 64 bits.
    var low: UInt64

    /// Parses dotted IPv4 text such as `10.0.0.0`.
    init?(ipv4 text: Substring) {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt64 = 0
        for octet in octets {
            guard !octet.isEmpty, octet.count <= 3, let byte = UInt64(octet), byte <= 255 else { return nil }
            value = value << 8 | byte
        }
        high = 0
        low = value
    }

    /// Parses IPv6 text with at most one `::`, such as `2001:db8::/56`'s address part.
    init?(ipv6 text: Substring) {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            guard !part.isEmpty else { return [] }
            var result: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), let value = UInt16(group, radix: 16) else { return nil }
                result.append(value)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
            all += Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        high = all[0..<4].reduce(0) { $0 << 16 | UInt64($1) }
        low = all[4..<8].reduce(0) { $0 << 16 | UInt64($1) }
    }

    private init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The address with the bits after the first `prefix` of `width` cleared.
    func masked(toPrefix prefix: Int, width: Int) -> IPAddress128 {
        let hostBits = width - prefix
        if hostBits >= 128 { return IPAddress128(high: 0, low: 0) }
        if hostBits >= 64 {
            return IPAddress128(high: high & ~((UInt64(1) << (hostBits - 64)) &- 1), low: 0)
        }
        if hostBits == 0 { return self }
        return IPAddress128(high: high, low: low & ~((UInt64(1) << hostBits) &- 1))
    }

    /// The address plus `value << shift`, with carry into the high half.
    func adding(_ value: UInt64, shiftedBy shift: Int) -> IPAddress128 {
        var addHigh: UInt64 = 0
        var addLow: UInt64 = 0
        if shift >= 64 {
            addHigh = shift - 64 < 64 ? value << (shift - 64) : 0
        } else if shift == 0 {
            addLow = value
        } else {
            addLow = value << shift
            addHigh = value >> (64 - shift)
        }
        let (sumLow, carry) = low.addingReportingOverflow(addLow)
        return IPAddress128(high: high &+ addHigh &+ (carry ? 1 : 0), low: sumLow)
    }

    /// The low 32 bits as dotted IPv4 text.
    var ipv4Text: String {
        (0..<4).map { String((low >> (24 - 8 * UInt64($0))) & 0xFF) }.joined(separator: ".")
    }

    /// The address in the canonical IPv6 text form of RFC 5952: lowercase, no leading zeros,
    /// the longest run of two or more zero groups (the first on a tie) written as `::`.
    var ipv6Text: String {
        let groups = (0..<8).map { index -> UInt16 in
            let half = index < 4 ? high : low
            return UInt16((half >> (48 - 16 * UInt64(index % 4))) & 0xFFFF)
        }
        var bestStart = -1
        var bestLength = 1
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else {
                index += 1
                continue
            }
            var end = index
            while end < 8, groups[end] == 0 { end += 1 }
            if end - index > bestLength {
                bestStart = index
                bestLength = end - index
            }
            index = end
        }
        let texts = groups.map { String($0, radix: 16) }
        guard bestStart >= 0 else { return texts.joined(separator: ":") }
        let head = texts[..<bestStart].joined(separator: ":")
        let tail = texts[(bestStart + bestLength)...].joined(separator: ":")
        return head + "::" + tail
    }
}
