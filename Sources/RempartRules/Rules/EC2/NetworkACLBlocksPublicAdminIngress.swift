import RempartModel
import RempartSupport

/// Network ACLs must not allow SSH or RDP in from any address.
///
/// An ingress entry (`Egress` false or absent) with `RuleAction: allow`, a protocol carrying
/// TCP (6 or -1), a `PortRange` including 22 or 3389 (any for -1) and a `CidrBlock` or
/// `Ipv6CidrBlock` of `0.0.0.0/0` or `::/0` fails, at the range.
struct NetworkACLBlocksPublicAdminIngress: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0105",
        slug: "no-public-ingress-acl",
        service: "ec2",
        severity: .medium,
        title: LocalizedText(
            "Network ACLs do not allow SSH or RDP in from any address",
            fr: "Les listes de contrôle d'accès réseau n'autorisent pas SSH ni RDP depuis toutes les adresses"),
        rationale: LocalizedText(
            "The network ACL is the subnet's second line of defense; letting SSH or RDP in from the whole internet removes it for the most attacked ports.",
            fr: "La liste de contrôle d'accès réseau est la deuxième ligne de défense du sous-réseau ; y laisser entrer SSH ou RDP depuis tout Internet la retire pour les ports les plus attaqués."),
        remediation: LocalizedText(
            "Set `CidrBlock` of the entry to the administrators' range, or add a lower-numbered `deny` entry for ports 22 and 3389.",
            fr: "Limitez `CidrBlock` de l'entrée à la plage des administrateurs, ou ajoutez une entrée `deny` de numéro inférieur pour les ports 22 et 3389."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0105/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html",
        ],
        limitations: LocalizedText(
            "Entries are checked only when their `NetworkAclId` names an ACL of the scanned templates. A lower-numbered deny entry that shadows the allow entry is not taken into account.",
            fr: "Les entrées ne sont vérifiées que si leur `NetworkAclId` désigne une liste des modèles analysés. Une entrée de refus de numéro inférieur qui masquerait l'autorisation n'est pas prise en compte."),
        resourceTypes: ["AWS::EC2::NetworkAcl", "AWS::EC2::NetworkAclEntry"],
        goodExamples: [
            .init(
                """
                Resources:
                  SubnetACL:
                    Type: AWS::EC2::NetworkAcl
                    Properties:
                      VpcId: vpc-0a1b2c3d
                  SSHIn:
                    Type: AWS::EC2::NetworkAclEntry
                    Properties:
                      NetworkAclId: !Ref SubnetACL
                      RuleNumber: 100
                      Protocol: 6
                      PortRange:
                        From: 22
                        To: 22
                      RuleAction: allow
                      CidrBlock: 192.0.2.0/24
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
                  SSHIn:
                    Type: AWS::EC2::NetworkAclEntry
                    Properties:
                      NetworkAclId: !Ref SubnetACL
                      RuleNumber: 100
                      Protocol: "6"
                      PortRange:
                        From: 22
                        To: 22
                      RuleAction: allow
                      CidrBlock: ↓0.0.0.0/0
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for acl in state.all(NetworkACL.self) {
            for entry in acl.entries {
                let isIngress = Decision(entry.isEgress) { !$0 }
                let allows = Decision(entry.action) { $0.lowercased() == "allow" }
                let reaches = NetworkExposure.reaches(
                    SecurityGroupBlocksPublicAdminIngress.ports, ipProtocol: entry.ipProtocol,
                    fromPort: entry.fromPort, toPort: entry.toPort, protocols: \.includesTCP)
                let applies = isIngress && allows && reaches
                let (open, undecided) = NetworkExposure.openRanges(entry.ranges)
                switch applies {
                case .no:
                    results.pass(entry.address)
                case .yes where !open.isEmpty:
                    for range in open { results.fail(entry.address, at: range.origin) }
                case .yes where undecided != nil:
                    results.unknown(entry.address, reason: undecided ?? "", at: entry.address.origin)
                case .yes:
                    results.pass(entry.address)
                case .unknown(let reason):
                    if open.isEmpty && undecided == nil {
                        results.pass(entry.address)
                    } else {
                        results.unknown(entry.address, reason: reason, at: entry.address.origin)
                    }
                }
            }
        }
        return results.results
    }
}
