import RempartModel
import RempartSupport

/// Security groups must not let any address reach plain HTTP on port 80.
///
/// The same check as AVD-AWS-0107 over port 80 alone: a rule fails when its protocol carries
/// TCP or UDP (or is `-1`), its port range includes 80, and its `CidrIp` or `CidrIpv6` is
/// `0.0.0.0/0` or `::/0`.
struct SecurityGroupBlocksPublicHTTP: Rule {
    /// Plain HTTP.
    static let ports: [ClosedRange<Int>] = [80...80]

    static let metadata = RuleMetadata(
        id: "RMP-AWS-0240",
        aliases: ["CKV_AWS_260"],
        slug: "aws-ec2-no-world-open-http",
        service: "ec2",
        severity: .low,
        title: LocalizedText(
            "Security groups do not open plain HTTP (port 80) to any address",
            fr: "Les groupes de sécurité n'ouvrent pas HTTP en clair (port 80) à toutes les adresses"),
        rationale: LocalizedText(
            "HTTP carries requests, cookies and credentials unencrypted, so anyone on the path can read or change them. Port 80 open to 0.0.0.0/0 or ::/0 lets every client use that cleartext channel, and the lab's baseline scan counts it as a finding. When a public site must answer on port 80, it should only redirect to HTTPS, ideally at a load balancer rather than on the instances.",
            fr: "HTTP transporte les requêtes, les témoins et les identifiants en clair : quiconque se trouve sur le trajet peut les lire ou les modifier. Le port 80 ouvert à 0.0.0.0/0 ou ::/0 permet à tout client d'utiliser ce canal en clair, et l'analyse de référence du labo le compte comme un résultat. Si un site public doit répondre sur le port 80, il devrait seulement rediriger vers HTTPS, de préférence sur un équilibreur de charge plutôt que sur les instances."),
        remediation: LocalizedText(
            "Serve the site over HTTPS (443) and restrict port 80 in `CidrIp`/`CidrIpv6` to the networks that need it, or reference a load balancer's group with `SourceSecurityGroupId`; if port 80 must stay public for an HTTPS redirect, suppress the finding for that group.",
            fr: "Servez le site en HTTPS (443) et limitez le port 80 dans `CidrIp`/`CidrIpv6` aux réseaux qui en ont besoin, ou désignez le groupe d'un équilibreur de charge avec `SourceSecurityGroupId` ; si le port 80 doit rester public pour une redirection vers HTTPS, exemptez le constat pour ce groupe."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/SecurityGroupUnrestrictedIngress80.py",
            "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-rule.html",
        ],
        limitations: LocalizedText(
            "HTTPS (443) open to any address is not reported: it is the expected state of a public site. A public redirect from HTTP to HTTPS also fails; suppress it where it is intended. Ranges narrower than /0 (such as 0.0.0.0/1) are not treated as open.",
            fr: "HTTPS (443) ouvert à toutes les adresses n'est pas signalé : c'est l'état attendu d'un site public. Une redirection publique de HTTP vers HTTPS échoue aussi ; exemptez le constat là où elle est voulue. Les plages plus étroites que /0 (comme 0.0.0.0/1) ne sont pas considérées comme ouvertes."),
        resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
        goodExamples: [
            .init(
                """
                Parameters:
                  OfficeCIDR:
                    Type: String
                    Default: 203.0.113.0/24
                Resources:
                  WebGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: Web servers
                      VpcId: vpc-0a1b2c3d
                      SecurityGroupIngress:
                        - Description: HTTPS from anywhere
                          IpProtocol: tcp
                          FromPort: 443
                          ToPort: 443
                          CidrIp: 0.0.0.0/0
                        - Description: HTTP from the office
                          IpProtocol: tcp
                          FromPort: 80
                          ToPort: 80
                          CidrIp: !Ref OfficeCIDR
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
                        - Description: HTTP from anywhere
                          IpProtocol: tcp
                          FromPort: 80
                          ToPort: 80
                          CidrIp: ↓0.0.0.0/0
                  WebIngressIPv6:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !GetAtt WebGroup.GroupId
                      Description: Ports 1-1024 over IPv6
                      IpProtocol: tcp
                      FromPort: 1
                      ToPort: 1024
                      CidrIpv6: ↓::/0
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        SecurityGroupRules.checkWorldOpen(state, direction: .ingress, ports: Self.ports, into: &results)
        return results.results
    }
}
