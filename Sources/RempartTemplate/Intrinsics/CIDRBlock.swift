import RempartSupport

/// Address arithmetic for `Fn::Cidr`, for IPv4 and IPv6 blocks.
enum CIDRBlock {
    /// The reason a block could not be split.
    struct Problem: Error {
        var message: LocalizedText
    }

    /// Returns `count` blocks with `hostBits` host bits each, starting at the network address of `block`.
    ///
    /// CloudFormation accepts 1 to 256 blocks, and the new prefix may not be shorter than the block's.
    static func subnets(of block: String, count: Int, hostBits: Int) -> Result<[String], Problem> {
        guard let (address, prefix, isIPv6) = parse(block) else {
            return .failure(Problem(message: invalidBlock(block)))
        }
        let width = isIPv6 ? 128 : 32
        let newPrefix = width - hostBits
        guard (1...256).contains(count) else { return .failure(Problem(message: invalidCount(count))) }
        guard hostBits >= 0, newPrefix >= prefix, newPrefix <= width else {
            return .failure(Problem(message: invalidBits(hostBits, prefix: prefix, width: width)))
        }
        // The blocks must fit in the original one.
        let available = newPrefix - prefix
        if available < 9, count > 1 << available {
            return .failure(Problem(message: tooMany(count, block: block, hostBits: hostBits)))
        }

        let network = address.masked(toPrefix: prefix, width: width)
        var subnets: [String] = []
        for index in 0..<count {
            let start = network.adding(UInt64(index), shiftedBy: hostBits)
            subnets.append((isIPv6 ? start.ipv6Text : start.ipv4Text) + "/\(newPrefix)")
        }
        return .success(subnets)
    }

    private static func parse(_ block: String) -> (IPAddress128, Int, Bool)? {
        let parts = block.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = Int(parts[1]) else { return nil }
        if let address = IPAddress128(ipv4: parts[0]), (0...32).contains(prefix) { return (address, prefix, false) }
        if let address = IPAddress128(ipv6: parts[0]), (0...128).contains(prefix) { return (address, prefix, true) }
        return nil
    }

    // MARK: - Messages

    private static func invalidBlock(_ block: String) -> LocalizedText {
        LocalizedText(
            "Fn::Cidr needs an address block such as '10.0.0.0/16' or '2001:db8::/56', not '\(block)'",
            fr: "Fn::Cidr exige un bloc d'adresses comme « 10.0.0.0/16 » ou « 2001:db8::/56 », pas « \(block) »")
    }

    private static func invalidCount(_ count: Int) -> LocalizedText {
        LocalizedText(
            "Fn::Cidr can generate 1 to 256 blocks, not \(count)",
            fr: "Fn::Cidr peut générer de 1 à 256 blocs, pas \(count)")
    }

    private static func invalidBits(_ bits: Int, prefix: Int, width: Int) -> LocalizedText {
        LocalizedText(
            "Fn::Cidr cidrBits \(bits) must be between 0 and \(width - prefix) for a /\(prefix) block",
            fr: "le cidrBits \(bits) de Fn::Cidr doit être entre 0 et \(width - prefix) pour un bloc /\(prefix)")
    }

    private static func tooMany(_ count: Int, block: String, hostBits: Int) -> LocalizedText {
        LocalizedText(
            "'\(block)' holds fewer than \(count) blocks of \(hostBits) host bits; lower the count or cidrBits",
            fr: "« \(block) » contient moins de \(count) blocs de \(hostBits) bits d'hôte ; réduisez le nombre ou cidrBits"
        )
    }
}
