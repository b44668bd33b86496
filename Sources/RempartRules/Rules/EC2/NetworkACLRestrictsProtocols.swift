import RempartModel
import RempartSupport

/// Network ACL entries that allow traffic must name a protocol rather than all of them.
///
/// An `AWS::EC2::NetworkAclEntry` with `RuleAction: allow` and `Protocol: -1` fails, in either
/// direction.
struct NetworkACLRestrictsProtocols: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0102",
        slug: "no-excessive-port-access",
        service: "ec2",
        severity: .critical,
        title: LocalizedText(
            "Network ACL entries do not allow all protocols and ports",
            fr: "Les entrées de liste de contrôle d'accès réseau ne permettent pas tous les protocoles et ports"),
        rationale: LocalizedText(
            "An allow entry for protocol -1 opens every port of every protocol, so the ACL no longer limits what reaches the subnet.",
            fr: "Une entrée d'autorisation pour le protocole -1 ouvre tous les ports de tous les protocoles : la liste ne limite plus ce qui atteint le sous-réseau."),
        remediation: LocalizedText(
            "Set `Protocol` to 6 (TCP) or 17 (UDP) with a `PortRange` limited to the needed ports, or change `RuleAction` to `deny`.",
            fr: "Réglez `Protocol` à 6 (TCP) ou 17 (UDP) avec une `PortRange` limitée aux ports nécessaires, ou passez `RuleAction` à `deny`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0102/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html",
        ],
        limitations: LocalizedText(
            "Entries are checked only when their `NetworkAclId` names an ACL of the scanned templates.",
            fr: "Les entrées ne sont vérifiées que si leur `NetworkAclId` désigne une liste des modèles analysés."),
        resourceTypes: ["AWS::EC2::NetworkAcl", "AWS::EC2::NetworkAclEntry"],
        goodExamples: [
            .init(
                """
                Resources:
                  SubnetACL:
                    Type: AWS::EC2::NetworkAcl
                    Properties:
                      VpcId: vpc-0a1b2c3d
                  HTTPSIn:
                    Type: AWS::EC2::NetworkAclEntry
                    Properties:
                      NetworkAclId: !Ref SubnetACL
                      RuleNumber: 100
                      Protocol: 6
                      PortRange:
                        From: 443
                        To: 443
                      RuleAction: allow
                      CidrBlock: 10.0.0.0/16
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  SubnetACL:
                    Type: AWS::EC2::NetworkAcl
                    Properties:
                      VpcId: vpc-0a1b2c3d
                  AllIn:
                    Type: AWS::EC2::NetworkAclEntry
                    Properties:
                      NetworkAclId: !Ref SubnetACL
                      RuleNumber: 100
                      Protocol: ↓-1
                      RuleAction: allow
                      CidrBlock: 10.0.0.0/16
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for acl in state.all(NetworkACL.self) {
            for entry in acl.entries {
                let allows = Decision(entry.action) { $0.lowercased() == "allow" }
                let allProtocols = Decision(entry.ipProtocol) { $0 == .all }
                results.record((allows && allProtocols).negated, for: entry.address, at: entry.ipProtocol.origin)
            }
        }
        return results.results
    }
}
