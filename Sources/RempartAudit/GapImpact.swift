import RempartModel
import RempartRules
import RempartSupport

/// Which verdicts a failed read makes undecidable.
///
/// Most failed reads leave an unresolved attribute, which rules already report as unknown.
/// This table covers the reads whose failure leaves what looks like a real value: a logging
/// destination that reads as set, or no flow logs, alarms or trails at all. A read missing
/// from the table affects every rule of its service, on its resource or, for a listing, on
/// every resource, so a failure never turns into a silent pass. Gateways, Elastic IPs and
/// route tables, and the tags of trails, keys and alarms, feed only the diagram and drift detection, not
/// the rules, so their reads are listed with no rule.
enum GapImpact {
    /// The rules a failed operation affects, and whether only on the gap's own resource.
    struct Impact {
        var ruleIDs: Set<String>
        var sameResourceOnly: Bool
    }

    static let table: [String: Impact] = [
        "DescribeAddresses": Impact(ruleIDs: [], sameResourceOnly: false),
        "DescribeAlarms": Impact(ruleIDs: ["RMP-AWS-0400"], sameResourceOnly: false),
        "DescribeFlowLogs": Impact(ruleIDs: ["AVD-AWS-0178", "RMP-AWS-0402"], sameResourceOnly: false),
        "DescribeInternetGateways": Impact(ruleIDs: [], sameResourceOnly: false),
        "DescribeNatGateways": Impact(ruleIDs: [], sameResourceOnly: false),
        "DescribeRouteTables": Impact(ruleIDs: [], sameResourceOnly: false),
        "DescribeTrails": Impact(ruleIDs: ["AVD-AWS-0171", "AVD-AWS-0172"], sameResourceOnly: false),
        "DescribeVolumes": Impact(ruleIDs: ["AVD-AWS-0131"], sameResourceOnly: false),
        "GetBucketAcl": Impact(ruleIDs: ["AVD-AWS-0089", "AVD-AWS-0092", "AVD-AWS-0132"], sameResourceOnly: true),
        "GetBucketEncryption": Impact(ruleIDs: ["AVD-AWS-0088", "AVD-AWS-0132"], sameResourceOnly: true),
        "GetBucketLogging": Impact(ruleIDs: ["AVD-AWS-0089"], sameResourceOnly: true),
        "GetBucketPolicy": Impact(ruleIDs: ["AVD-AWS-0089", "RMP-AWS-0403"], sameResourceOnly: true),
        "GetBucketReplication": Impact(ruleIDs: [], sameResourceOnly: true),
        "GetBucketTagging": Impact(ruleIDs: [], sameResourceOnly: true),
        "GetBucketVersioning": Impact(ruleIDs: ["AVD-AWS-0090", "AVD-AWS-0170"], sameResourceOnly: true),
        "GetEventSelectors": Impact(ruleIDs: ["AVD-AWS-0171", "AVD-AWS-0172"], sameResourceOnly: false),
        "GetPublicAccessBlock": Impact(
            ruleIDs: ["AVD-AWS-0086", "AVD-AWS-0087", "AVD-AWS-0091", "AVD-AWS-0093", "AVD-AWS-0094"],
            sameResourceOnly: true),
        "ListAliases": Impact(ruleIDs: [], sameResourceOnly: false),
        "ListResourceTags": Impact(ruleIDs: [], sameResourceOnly: true),
        "ListTags": Impact(ruleIDs: [], sameResourceOnly: true),
        "ListTagsForResource": Impact(ruleIDs: [], sameResourceOnly: true),
        "GetTrailStatus": Impact(ruleIDs: ["RMP-AWS-0401"], sameResourceOnly: true),
    ]

    /// Returns `result` made unknown when one of `gaps` makes it undecidable.
    static func apply(_ gaps: [AWSState.Gap], to result: CheckResult, rule: RuleMetadata) -> CheckResult {
        guard let gap = gap(undeciding: result, rule: rule, in: gaps) else { return result }
        var undecided = result
        undecided.status = .unknown(reason: reason(for: gap).english)
        return undecided
    }

    /// Returns the first of `gaps` that makes `result` undecidable, or nil when none does or the
    /// result is already unknown.
    static func gap(undeciding result: CheckResult, rule: RuleMetadata, in gaps: [AWSState.Gap]) -> AWSState.Gap? {
        if case .unknown = result.status { return nil }
        return gaps.first { affects($0, result, rule: rule) }
    }

    /// The reason a check is undecided because of `gap`, such as `GetBucketLogging failed: AccessDenied (HTTP 403)`.
    static func reason(for gap: AWSState.Gap) -> LocalizedText {
        LocalizedText(
            "\(gap.operation) failed: \(gap.localizedReason.english)",
            fr: "échec de \(gap.operation) : \(gap.localizedReason.french)")
    }

    private static func affects(_ gap: AWSState.Gap, _ result: CheckResult, rule: RuleMetadata) -> Bool {
        let onResource = gap.resourceID == nil || gap.resourceID == result.resource.name
        guard let impact = table[gap.operation] else {
            return rule.service == gap.service && onResource
        }
        guard impact.ruleIDs.contains(rule.id) else { return false }
        return impact.sameResourceOnly ? gap.resourceID == result.resource.name : true
    }
}
