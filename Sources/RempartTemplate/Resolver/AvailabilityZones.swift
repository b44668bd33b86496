/// The Availability Zone names that `Fn::GetAZs` returns per region.
///
/// The real list depends on the account (zones are mapped per account and some are opt-in);
/// this table has the zones that are generally available to every account, so `Fn::Select`
/// over `Fn::GetAZs` gives a plausible zone name and never stops the scan.
enum AvailabilityZones {
    /// The zone letters by region.
    static let lettersByRegion: [String: String] = [
        "af-south-1": "abc", "ap-east-1": "abc", "ap-northeast-1": "acd", "ap-northeast-2": "abcd",
        "ap-northeast-3": "abc", "ap-south-1": "abc", "ap-south-2": "abc", "ap-southeast-1": "abc",
        "ap-southeast-2": "abc", "ap-southeast-3": "abc", "ap-southeast-4": "abc", "ca-central-1": "abd",
        "ca-west-1": "abc", "cn-north-1": "abd", "cn-northwest-1": "abc", "eu-central-1": "abc",
        "eu-central-2": "abc", "eu-north-1": "abc", "eu-south-1": "abc", "eu-south-2": "abc", "eu-west-1": "abc",
        "eu-west-2": "abc", "eu-west-3": "abc", "il-central-1": "abc", "me-central-1": "abc", "me-south-1": "abc",
        "sa-east-1": "abc", "us-east-1": "abcdef", "us-east-2": "abc", "us-gov-east-1": "abc",
        "us-gov-west-1": "abc", "us-west-1": "ab", "us-west-2": "abcd",
    ]

    /// Returns the zone names of `region`, or nil for a region not in the table.
    static func names(in region: String) -> [String]? {
        guard let letters = lettersByRegion[region] else { return nil }
        return letters.map { region + String($0) }
    }
}
