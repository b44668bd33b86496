import RempartModel
import RempartSupport

/// Web ACLs must run the AWS managed rule group `AWSManagedRulesKnownBadInputsRuleSet` with
/// its `Log4JRCE` rule blocking (CVE-2021-44228).
struct WAFv2WebACLBlocksLog4Shell: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0121",
        aliases: ["CKV_AWS_192"],
        slug: "wafv2-log4j-known-bad-inputs",
        service: "wafv2",
        severity: .high,
        title: LocalizedText(
            "WAF web ACLs block Log4j message lookups",
            fr: "Les ACL web WAF bloquent les recherches de messages Log4j"),
        rationale: LocalizedText(
            "The Log4Shell vulnerability lets a single crafted header run code on Java back ends; the managed rule blocks the known payloads before they reach them.",
            fr: "La vulnérabilité Log4Shell permet à un seul en-tête forgé d'exécuter du code sur les serveurs Java ; la règle gérée bloque les charges connues avant qu'elles les atteignent."),
        remediation: LocalizedText(
            "Add a rule with `Statement.ManagedRuleGroupStatement` (`VendorName: AWS`, `Name: AWSManagedRulesKnownBadInputsRuleSet`), `OverrideAction: {None: {}}`, and do not exclude `Log4JRCE`.",
            fr: "Ajoutez une règle avec `Statement.ManagedRuleGroupStatement` (`VendorName: AWS`, `Name: AWSManagedRulesKnownBadInputsRuleSet`), `OverrideAction: {None: {}}`, sans exclure `Log4JRCE`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-wafv2-webacl.html",
        ],
        limitations: LocalizedText(
            "A `RuleActionOverrides` entry that sets `Log4JRCE` to count is not read.",
            fr: "Une entrée `RuleActionOverrides` qui met `Log4JRCE` en mode comptage n'est pas lue."),
        resourceTypes: ["AWS::WAFv2::WebACL"],
        goodExamples: [
            .init(
                """
                Resources:
                  Firewall:
                    Type: AWS::WAFv2::WebACL
                    Properties:
                      DefaultAction:
                        Allow: {}
                      Scope: REGIONAL
                      VisibilityConfig:
                        CloudWatchMetricsEnabled: true
                        MetricName: firewall
                        SampledRequestsEnabled: true
                      Rules:
                        - Name: known-bad-inputs
                          Priority: 1
                          OverrideAction:
                            None: {}
                          Statement:
                            ManagedRuleGroupStatement:
                              VendorName: AWS
                              Name: AWSManagedRulesKnownBadInputsRuleSet
                          VisibilityConfig:
                            CloudWatchMetricsEnabled: true
                            MetricName: known-bad-inputs
                            SampledRequestsEnabled: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Firewall:
                    Type: AWS::WAFv2::WebACL
                    Properties:
                      DefaultAction:
                        Allow: {}
                      Scope: REGIONAL
                      VisibilityConfig:
                        CloudWatchMetricsEnabled: true
                        MetricName: firewall
                        SampledRequestsEnabled: true
                      Rules:
                        - Name: known-bad-inputs
                          Priority: 1
                          OverrideAction:
                            ↓Count: {}
                          Statement:
                            ManagedRuleGroupStatement:
                              VendorName: AWS
                              Name: AWSManagedRulesKnownBadInputsRuleSet
                          VisibilityConfig:
                            CloudWatchMetricsEnabled: true
                            MetricName: known-bad-inputs
                            SampledRequestsEnabled: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for acl in state.all(WAFv2WebACL.self) {
            switch acl.rules.state {
            case .unknown(let reason):
                results.unknown(acl.address, reason: reason, at: acl.rules.origin)
            case .known(let rules):
                guard let rule = rules.first(where: { $0.managedRuleGroupName.value == Self.ruleGroup }) else {
                    results.fail(acl.address, at: acl.rules.origin)
                    continue
                }
                if let excluded = rule.excludedRuleNames.first(where: { $0.value == "Log4JRCE" }) {
                    results.fail(acl.address, at: excluded.origin)
                } else {
                    results.record(Decision(rule.overrideAction) { $0 == nil || $0 == "None" }, for: acl.address, at: rule.overrideAction.origin)
                }
            }
        }
        return results.results
    }

    private static let ruleGroup = "AWSManagedRulesKnownBadInputsRuleSet"
}
