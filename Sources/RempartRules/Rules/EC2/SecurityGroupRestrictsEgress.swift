import RempartModel
import RempartSupport

/// Security groups must not allow outbound traffic to any address.
///
/// Any egress rule whose `CidrIp` or `CidrIpv6` is `0.0.0.0/0` or `::/0` fails, whatever its
/// protocol and ports, as in trivy. A group without egress rules gets the AWS default (all
/// traffic allowed), which CloudFormation does not show, so it is not reported.
struct SecurityGroupRestrictsEgress: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0104",
        slug: "no-public-egress-sgr",
        service: "ec2",
        severity: .critical,
        title: LocalizedText(
            "Security groups do not allow egress to any address",
            fr: "Les groupes de sécurité ne permettent pas la sortie vers toutes les adresses"),
        rationale: LocalizedText(
            "Unrestricted egress lets a compromised host download tools and send data to any server on the internet.",
            fr: "Une sortie sans restriction permet à un hôte compromis de télécharger des outils et d'envoyer des données vers n'importe quel serveur d'Internet."),
        remediation: LocalizedText(
            "Set `CidrIp` of each `SecurityGroupEgress` entry to the networks the hosts must reach, or use `DestinationSecurityGroupId` or `DestinationPrefixListId` (for example for S3 through a VPC endpoint).",
            fr: "Limitez `CidrIp` de chaque entrée de `SecurityGroupEgress` aux réseaux que les hôtes doivent joindre, ou utilisez `DestinationSecurityGroupId` ou `DestinationPrefixListId` (par exemple pour S3 par un point de terminaison de VPC)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0104/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-rule.html",
        ],
        limitations: LocalizedText(
            "A group with no egress rule keeps the AWS default rule that allows all outbound traffic; that default is not reported, as in trivy.",
            fr: "Un groupe sans règle de sortie garde la règle par défaut d'AWS qui permet toute sortie ; ce défaut n'est pas signalé, comme dans trivy."),
        resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupEgress"],
        goodExamples: [
            .init(
                """
                Resources:
                  AppGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: Application servers
                      VpcId: vpc-0a1b2c3d
                      SecurityGroupEgress:
                        - Description: HTTPS to the internal proxy
                          IpProtocol: tcp
                          FromPort: 443
                          ToPort: 443
                          CidrIp: 10.0.0.0/16
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  AppGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: Application servers
                      VpcId: vpc-0a1b2c3d
                      SecurityGroupEgress:
                        - Description: Everything to anywhere
                          IpProtocol: "-1"
                          CidrIp: ↓0.0.0.0/0
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for rule in SecurityGroupRules.all(state, direction: .egress) {
            if let reason = rule.unknownReason {
                results.unknown(rule.declaringResource, reason: reason, at: rule.origin)
                continue
            }
            let (open, undecided) = NetworkExposure.openRanges(rule.ranges)
            if !open.isEmpty {
                for range in open {
                    results.fail(
                        rule.declaringResource, at: range.origin,
                        detail: SecurityGroupRules.exposure(of: rule, range: range))
                }
            } else if let undecided {
                results.unknown(rule.declaringResource, reason: undecided, at: rule.origin)
            } else {
                results.pass(rule.declaringResource, at: rule.origin)
            }
        }
        return results.results
    }
}
