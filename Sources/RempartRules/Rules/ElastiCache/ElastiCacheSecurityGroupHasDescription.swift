import RempartModel
import RempartSupport

/// ElastiCache security groups have a description.
struct ElastiCacheSecurityGroupHasDescription: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0049", aliases: [], slug: "aws-elasticache-add-description-for-security-group",
        service: "elasticache",
        severity: .low,
        title: LocalizedText(
            "ElastiCache security groups have a description",
            fr: "Les groupes de sécurité ElastiCache ont une description"),
        rationale: LocalizedText(
            "A description says what a security group is for, so reviewers can tell a needed rule from a forgotten one.",
            fr:
                "Une description indique le rôle d'un groupe de sécurité, pour distinguer une règle utile d'une règle oubliée."
        ),
        remediation: LocalizedText(
            "Set `Description` to the purpose of the group.",
            fr: "Définissez `Description` selon le rôle du groupe."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0049",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-securitygroup.html",
        ],
        resourceTypes: ["AWS::ElastiCache::SecurityGroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  CacheAccess:
                    Type: AWS::ElastiCache::SecurityGroup
                    Properties:
                      Description: Application servers that read the session cache
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  CacheAccess:
                    Type: AWS::ElastiCache::SecurityGroup
                    Properties:
                      Description: ↓""
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElastiCacheSecurityGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.description) { !($0 ?? "").isEmpty && $0 != "Managed by Terraform" }
        }
    }
}
