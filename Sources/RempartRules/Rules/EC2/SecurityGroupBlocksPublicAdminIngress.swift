import RempartModel
import RempartSupport

/// Security groups must not let any address reach SSH or RDP.
///
/// A rule fails when its protocol carries TCP or UDP (or is `-1`, all traffic), its port
/// range includes 22 or 3389 (any range for `-1`), and its `CidrIp` or `CidrIpv6` is
/// `0.0.0.0/0` or `::/0`. trivy-checks' `lib.net.cidr_allows_all_ips` matches only those
/// spellings of every address, so wide public ranges (`0.0.0.0/1`) pass here as they do there. Each open range is reported at its own line, on the resource that
/// declares the rule (the group, or the standalone ingress resource).
struct SecurityGroupBlocksPublicAdminIngress: Rule {
    /// The ports trivy checks: SSH and RDP.
    static let ports: [ClosedRange<Int>] = [22...22, 3389...3389]

    static let metadata = RuleMetadata(
        id: "AVD-AWS-0107",
        aliases: ["CKV_AWS_24", "CKV_AWS_25"],
        slug: "no-public-ingress-sgr",
        service: "ec2",
        severity: .high,
        title: LocalizedText(
            "Security groups do not open SSH or RDP to any address",
            fr: "Les groupes de sécurité n'ouvrent pas SSH ni RDP à toutes les adresses"),
        rationale: LocalizedText(
            "SSH (22) and RDP (3389) open to 0.0.0.0/0 or ::/0 are found by internet-wide scans within minutes and attacked with stolen or guessed credentials.",
            fr: "SSH (22) et RDP (3389) ouverts à 0.0.0.0/0 ou ::/0 sont repérés en quelques minutes par les balayages d'Internet, puis attaqués avec des identifiants volés ou devinés."),
        remediation: LocalizedText(
            "Set `CidrIp` to the administrators' range (for example a /32 passed as a parameter), use `SourceSecurityGroupId` for a bastion, or remove the rule and connect through AWS Systems Manager Session Manager.",
            fr: "Limitez `CidrIp` à la plage des administrateurs (par exemple une /32 passée en paramètre), utilisez `SourceSecurityGroupId` pour un bastion, ou supprimez la règle et connectez-vous par le gestionnaire de sessions d'AWS Systems Manager."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0107/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-rule.html",
        ],
        limitations: LocalizedText(
            "Only SSH and RDP, as in trivy; other sensitive ports open to any address are reported by RMP-AWS-0001. As in trivy's check, only ranges written as every address (0.0.0.0/0, ::/0, the IPv6 /0 written in full, or *) count as open: wide public ranges such as 0.0.0.0/1 or 8.8.0.0/16 are not reported, although they expose the ports to much of the internet; review them by hand.",
            fr: "Seulement SSH et RDP, comme trivy ; les autres ports sensibles ouverts à toutes les adresses relèvent de RMP-AWS-0001. Comme dans la vérification de trivy, seules les plages qui désignent toutes les adresses (0.0.0.0/0, ::/0, le /0 IPv6 écrit en entier, ou *) comptent comme ouvertes : les larges plages publiques comme 0.0.0.0/1 ou 8.8.0.0/16 ne sont pas signalées, même si elles exposent les ports à une grande partie d'Internet ; examinez-les à la main."),
        resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
        goodExamples: [
            .init(
                """
                Parameters:
                  AdminCIDR:
                    Type: String
                    Default: 192.0.2.10/32
                Resources:
                  BastionGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: Bastion host
                      VpcId: vpc-0a1b2c3d
                      SecurityGroupIngress:
                        - Description: SSH from the administrators
                          IpProtocol: tcp
                          FromPort: 22
                          ToPort: 22
                          CidrIp: !Ref AdminCIDR
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  BastionGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: Bastion host
                      VpcId: vpc-0a1b2c3d
                      SecurityGroupIngress:
                        - Description: SSH from anywhere
                          IpProtocol: tcp
                          FromPort: "22"
                          ToPort: "22"
                          CidrIp: ↓0.0.0.0/0
                  DesktopIngress:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !GetAtt BastionGroup.GroupId
                      Description: Everything over IPv6
                      IpProtocol: -1
                      CidrIpv6: ↓::/0
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        SecurityGroupRules.checkWorldOpen(state, direction: .ingress, ports: Self.ports, into: &results)
        return results.results
    }
}
