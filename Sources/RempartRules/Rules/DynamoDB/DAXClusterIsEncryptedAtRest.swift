import RempartModel
import RempartSupport

/// DAX clusters must encrypt their cache at rest.
struct DAXClusterIsEncryptedAtRest: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0023",
        aliases: ["CKV_AWS_47"],
        slug: "dynamodb-enable-at-rest-encryption",
        service: "dynamodb",
        severity: .high,
        title: LocalizedText(
            "DAX clusters encrypt data at rest",
            fr: "Les grappes DAX chiffrent les données au repos"),
        rationale: LocalizedText(
            "DAX caches table items in memory and on disk; without server-side encryption that copy of the data is stored in clear.",
            fr: "DAX met en cache les éléments des tables en mémoire et sur disque ; sans chiffrement côté serveur, cette copie est conservée en clair."),
        remediation: LocalizedText(
            "Set `SSESpecification.SSEEnabled: true` on the `AWS::DAX::Cluster` (it can only be set at creation).",
            fr: "Définissez `SSESpecification.SSEEnabled: true` sur la `AWS::DAX::Cluster` (seulement possible à la création)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/dynamodb/avd-aws-0023/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dax-cluster.html",
        ],
        resourceTypes: ["AWS::DAX::Cluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Cache:
                    Type: AWS::DAX::Cluster
                    Properties:
                      IAMRoleARN: arn:aws:iam::123456789012:role/dax
                      NodeType: dax.r5.large
                      ReplicationFactor: 3
                      SSESpecification:
                        SSEEnabled: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Cache:
                    Type: AWS::DAX::Cluster
                    Properties:
                      IAMRoleARN: arn:aws:iam::123456789012:role/dax
                      NodeType: dax.r5.large
                      ReplicationFactor: 3
                      SSESpecification:
                        SSEEnabled: ↓false
                """),
            .init(
                """
                Resources:
                  ↓Cache:
                    Type: AWS::DAX::Cluster
                    Properties:
                      IAMRoleARN: arn:aws:iam::123456789012:role/dax
                      NodeType: dax.r5.large
                      ReplicationFactor: 3
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\DAXCluster.isSSEEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
