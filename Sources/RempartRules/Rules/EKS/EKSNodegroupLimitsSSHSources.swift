import RempartModel
import RempartSupport

/// EKS node groups with an SSH key limit SSH to security groups.
struct EKSNodegroupLimitsSSHSources: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0214", aliases: ["CKV_AWS_100"], slug: "aws-eks-nodegroup-ssh-source-groups", service: "eks",
        severity: .medium,
        title: LocalizedText(
            "EKS node groups with an SSH key limit SSH to security groups",
            fr: "Les groupes de nœuds EKS avec une clé SSH limitent SSH à des groupes de sécurité"),
        rationale: LocalizedText(
            "With an SSH key and no source security groups, EKS opens port 22 of the nodes to 0.0.0.0/0.",
            fr: "Avec une clé SSH sans groupes de sécurité sources, EKS ouvre le port 22 des nœuds à 0.0.0.0/0."),
        remediation: LocalizedText(
            "Set `RemoteAccess.SourceSecurityGroups`, or remove `RemoteAccess.Ec2SshKey`.",
            fr: "Définissez `RemoteAccess.SourceSecurityGroups`, ou retirez `RemoteAccess.Ec2SshKey`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/EKSNodeGroupRemoteAccess.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-nodegroup-remoteaccess.html",
        ],
        resourceTypes: ["AWS::EKS::Nodegroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  Workers:
                    Type: AWS::EKS::Nodegroup
                    Properties:
                      ClusterName: platform
                      NodeRole: arn:aws:iam::123456789012:role/nodes
                      Subnets: [subnet-0123456789abcdef0]
                      RemoteAccess:
                        Ec2SshKey: admin
                        SourceSecurityGroups: [sg-0123456789abcdef0]
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Workers:
                    Type: AWS::EKS::Nodegroup
                    Properties:
                      ClusterName: platform
                      NodeRole: arn:aws:iam::123456789012:role/nodes
                      Subnets: [subnet-0123456789abcdef0]
                      RemoteAccess:
                        Ec2SshKey: ↓admin
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(EKSNodegroup.self).map { nodegroup in
            let verdict = Verdict(Self.metadata.id, nodegroup.address)
            switch nodegroup.sshKey.state {
            case .unknown(let reason):
                return verdict.unknown(reason, at: nodegroup.sshKey.origin)
            case .known(nil):
                return verdict.passed(at: nodegroup.sshKey.origin)
            case .known:
                return nodegroup.hasSourceSecurityGroups.value == true
                    ? verdict.passed(at: nodegroup.hasSourceSecurityGroups.origin)
                    : verdict.failed(at: nodegroup.sshKey.origin)
            }
        }
    }
}
