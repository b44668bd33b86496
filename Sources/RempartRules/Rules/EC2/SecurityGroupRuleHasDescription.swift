import Foundation
import RempartModel
import RempartSupport

/// Every security group rule must have a description of its purpose.
///
/// Checks inline rules, standalone `AWS::EC2::SecurityGroupIngress`/`Egress` resources and
/// the rules of groups outside the scan. A finding points at the rule (its list element or
/// its resource), once per rule.
struct SecurityGroupRuleHasDescription: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0124",
        aliases: ["CKV_AWS_23"],
        slug: "add-description-to-security-group-rule",
        service: "ec2",
        severity: .low,
        title: LocalizedText(
            "Security group rules have a description", fr: "Les règles de groupe de sécurité ont une description"),
        rationale: LocalizedText(
            "A rule without a description gives reviewers no way to tell why it exists, so stale or overly broad rules survive audits.",
            fr: "Une règle sans description ne dit pas pourquoi elle existe : les règles périmées ou trop larges survivent alors aux audits."),
        remediation: LocalizedText(
            "Set `Description` on every entry of `SecurityGroupIngress` and `SecurityGroupEgress`, and on every `AWS::EC2::SecurityGroupIngress`/`Egress` resource.",
            fr: "Renseignez `Description` sur chaque entrée de `SecurityGroupIngress` et `SecurityGroupEgress`, ainsi que sur chaque ressource `AWS::EC2::SecurityGroupIngress`/`Egress`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0124/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-rule.html",
        ],
        limitations: LocalizedText(
            "trivy checks standalone ingress and egress resources only when their group is in the same template; Rempart checks them all.",
            fr: "trivy ne vérifie les ressources d'entrée et de sortie autonomes que si leur groupe est dans le même modèle ; Rempart les vérifie toutes."),
        resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"],
        goodExamples: [
            .init(
                """
                Resources:
                  WebGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: Web servers
                      VpcId: vpc-0a1b2c3d
                      SecurityGroupIngress:
                        - Description: HTTPS from the load balancer subnet
                          IpProtocol: tcp
                          FromPort: 443
                          ToPort: 443
                          CidrIp: 10.0.0.0/24
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  WebGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: Web servers
                      VpcId: vpc-0a1b2c3d
                      SecurityGroupIngress:
                        - ↓IpProtocol: tcp
                          FromPort: 443
                          ToPort: 443
                          CidrIp: 10.0.0.0/24
                  AdminIngress:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !Ref WebGroup
                      IpProtocol: tcp
                      FromPort: 22
                      ToPort: 22
                      CidrIp: 10.0.1.0/24
                      Description: ↓""
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        let rules = SecurityGroupRules.all(state, direction: .ingress) + SecurityGroupRules.all(state, direction: .egress)
        for rule in rules {
            if let reason = rule.unknownReason {
                results.unknown(rule.declaringResource, reason: reason, at: rule.origin)
                continue
            }
            guard let description = rule.description else {
                results.fail(rule.declaringResource, at: rule.origin)
                continue
            }
            let isMeaningful = Decision(description) { text in
                let text = text.trimmingCharacters(in: .whitespaces)
                return !text.isEmpty && text != "Managed by Terraform"
            }
            results.record(isMeaningful, for: rule.declaringResource, at: description.origin)
        }
        return results.results
    }
}
