import RempartModel
import RempartSupport

/// Every replica of a global table must keep continuous backups.
struct DynamoDBGlobalTableHasPointInTimeRecovery: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0118",
        aliases: ["CKV_AWS_165"],
        slug: "dynamodb-global-table-enable-recovery",
        service: "dynamodb",
        severity: .medium,
        title: LocalizedText(
            "DynamoDB global table replicas have point-in-time recovery",
            fr: "Les répliques des tables globales DynamoDB ont la récupération à un instant donné"),
        rationale: LocalizedText(
            "A replica without point-in-time recovery cannot be restored after a bad write, which then replicates to every region.",
            fr: "Une réplique sans récupération à un instant donné ne peut pas être restaurée après une mauvaise écriture, qui se propage ensuite à toutes les régions."),
        remediation: LocalizedText(
            "Set `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true` on each entry of `Replicas` of the `AWS::DynamoDB::GlobalTable`.",
            fr: "Définissez `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true` sur chaque entrée de `Replicas` de la `AWS::DynamoDB::GlobalTable`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-globaltable.html",
        ],
        limitations: LocalizedText(
            "checkov reads only the first replica; Rempart requires it on every replica.",
            fr: "checkov ne lit que la première réplique ; Rempart l'exige sur chacune."),
        resourceTypes: ["AWS::DynamoDB::GlobalTable"],
        goodExamples: [
            .init(
                """
                Resources:
                  Sessions:
                    Type: AWS::DynamoDB::GlobalTable
                    Properties:
                      AttributeDefinitions:
                        - AttributeName: id
                          AttributeType: S
                      KeySchema:
                        - AttributeName: id
                          KeyType: HASH
                      BillingMode: PAY_PER_REQUEST
                      StreamSpecification:
                        StreamViewType: NEW_AND_OLD_IMAGES
                      Replicas:
                        - Region: us-east-1
                          PointInTimeRecoverySpecification:
                            PointInTimeRecoveryEnabled: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Sessions:
                    Type: AWS::DynamoDB::GlobalTable
                    Properties:
                      AttributeDefinitions:
                        - AttributeName: id
                          AttributeType: S
                      KeySchema:
                        - AttributeName: id
                          KeyType: HASH
                      BillingMode: PAY_PER_REQUEST
                      StreamSpecification:
                        StreamViewType: NEW_AND_OLD_IMAGES
                      Replicas:
                        - Region: us-east-1
                          PointInTimeRecoverySpecification:
                            PointInTimeRecoveryEnabled: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for table in state.all(DynamoDBGlobalTable.self) {
            guard !table.replicaPointInTimeRecovery.isEmpty else {
                results.fail(table.address, at: table.address.origin)
                continue
            }
            let failing = table.replicaPointInTimeRecovery.first { $0.value == false }
            let unknown = table.replicaPointInTimeRecovery.first { $0.value == nil }
            if let failing {
                results.fail(table.address, at: failing.origin)
            } else if let unknown, case .unknown(let reason) = unknown.state {
                results.unknown(table.address, reason: reason, at: unknown.origin)
            } else {
                results.pass(table.address)
            }
        }
        return results.results
    }
}
