import RempartModel
import RempartSupport

/// Redshift security groups have a description.
struct RedshiftSecurityGroupHasDescription: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0083", aliases: [], slug: "aws-redshift-add-description-to-security-group", service: "redshift",
        severity: .low,
        title: LocalizedText(
            "Redshift security groups have a description",
            fr: "Les groupes de sécurité Redshift ont une description"),
        rationale: LocalizedText(
            "A description says what a security group is for, so reviewers can tell a needed rule from a forgotten one.",
            fr:
                "Une description indique le rôle d'un groupe de sécurité, pour distinguer une règle utile d'une règle oubliée."
        ),
        remediation: LocalizedText(
            "Set `Description` to the purpose of the group.",
            fr: "Définissez `Description` selon le rôle du groupe."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0083",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-clustersecuritygroup.html",
        ],
        resourceTypes: ["AWS::Redshift::ClusterSecurityGroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  WarehouseAccess:
                    Type: AWS::Redshift::ClusterSecurityGroup
                    Properties:
                      Description: Analysts' workstations that query the warehouse
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  WarehouseAccess:
                    Type: AWS::Redshift::ClusterSecurityGroup
                    Properties:
                      Description: ↓""
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(RedshiftClusterSecurityGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.description) { !($0 ?? "").isEmpty && $0 != "Managed by Terraform" }
        }
    }
}
