import RempartModel
import RempartSupport

/// Tables must be encrypted with a customer managed KMS key.
struct DynamoDBTableUsesCustomerManagedKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0025",
        aliases: ["CKV_AWS_119"],
        slug: "dynamodb-table-customer-key",
        service: "dynamodb",
        severity: .low,
        title: LocalizedText(
            "DynamoDB tables are encrypted with a customer managed KMS key",
            fr: "Les tables DynamoDB sont chiffrées avec une clé KMS gérée par le client"),
        rationale: LocalizedText(
            "By default tables use a key DynamoDB owns, or the AWS managed `alias/aws/dynamodb`; neither lets the account restrict or audit who can decrypt the data through a key policy.",
            fr: "Par défaut, les tables utilisent une clé détenue par DynamoDB ou la clé gérée par AWS `alias/aws/dynamodb` ; aucune ne permet au compte de restreindre ou d'auditer le déchiffrement par une politique de clé."),
        remediation: LocalizedText(
            "Set `SSESpecification.SSEEnabled: true`, `SSEType: KMS` and `KMSMasterKeyId` to a customer managed key on the `AWS::DynamoDB::Table`.",
            fr: "Définissez `SSESpecification.SSEEnabled: true`, `SSEType: KMS` et `KMSMasterKeyId` avec une clé gérée par le client sur la `AWS::DynamoDB::Table`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/dynamodb/avd-aws-0025/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-table.html",
        ],
        resourceTypes: ["AWS::DynamoDB::Table"],
        goodExamples: [
            .init(
                """
                Resources:
                  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions:
                        - AttributeName: id
                          AttributeType: S
                      KeySchema:
                        - AttributeName: id
                          KeyType: HASH
                      SSESpecification:
                        SSEEnabled: true
                        SSEType: KMS
                        KMSMasterKeyId: alias/orders
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions:
                        - AttributeName: id
                          AttributeType: S
                      KeySchema:
                        - AttributeName: id
                          KeyType: HASH
                """),
            .init(
                """
                Resources:
                  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions:
                        - AttributeName: id
                          AttributeType: S
                      KeySchema:
                        - AttributeName: id
                          KeyType: HASH
                      SSESpecification:
                        SSEEnabled: true
                        KMSMasterKeyId: ↓alias/aws/dynamodb
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for table in state.all(DynamoDBTable.self) {
            let enabled = Decision(table.isSSEEnabled) { $0 }
            guard enabled == .yes else {
                results.record(enabled, for: table.address, at: table.isSSEEnabled.origin)
                continue
            }
            let customerKey = Decision(table.kmsMasterKeyID) { $0.isSet && !$0.isLiteral("alias/aws/dynamodb") }
            results.record(customerKey, for: table.address, at: table.kmsMasterKeyID.origin)
        }
        return results.results
    }
}
