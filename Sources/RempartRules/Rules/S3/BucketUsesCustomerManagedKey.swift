import RempartModel
import RempartSupport

/// S3 buckets must encrypt objects with a customer-managed KMS key.
///
/// Passes when a default encryption rule sets `KMSMasterKeyID` (a key known only after
/// deployment, such as a `!GetAtt` on another stack's output, counts as set). Buckets that
/// receive server access logs are exempt, because log delivery supports only SSE-S3.
struct BucketUsesCustomerManagedKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0132",
        slug: "encryption-customer-key",
        service: "s3",
        severity: .high,
        title: LocalizedText(
            "S3 buckets encrypt objects with a customer-managed KMS key",
            fr: "Les compartiments S3 chiffrent les objets avec une clé KMS gérée par le client"),
        rationale: LocalizedText(
            "With a customer-managed key you decide who may decrypt the objects, can disable the key to cut all access at once, and see every use in CloudTrail; SSE-S3 offers none of that.",
            fr: "Avec une clé gérée par le client, vous décidez qui peut déchiffrer les objets, pouvez désactiver la clé pour couper tout accès d'un coup et voyez chaque usage dans CloudTrail ; SSE-S3 n'offre rien de cela."),
        remediation: LocalizedText(
            "Set `BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault` to `SSEAlgorithm: aws:kms` with `KMSMasterKeyID` naming an `AWS::KMS::Key`, and `BucketKeyEnabled: true` to reduce KMS costs.",
            fr: "Réglez `BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault` à `SSEAlgorithm: aws:kms` avec `KMSMasterKeyID` désignant une `AWS::KMS::Key`, et `BucketKeyEnabled: true` pour réduire les coûts KMS."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0132/",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html",
        ],
        limitations: LocalizedText(
            "Any key ID counts, including the AWS managed key `alias/aws/s3`.",
            fr: "Tout identifiant de clé compte, y compris la clé gérée par AWS `alias/aws/s3`."),
        resourceTypes: ["AWS::S3::Bucket", "AWS::S3::BucketPolicy"],
        goodExamples: [
            .init(
                """
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                      KeyPolicy:
                        Version: "2012-10-17"
                        Statement: []
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketEncryption:
                        ServerSideEncryptionConfiguration:
                          - ServerSideEncryptionByDefault:
                              SSEAlgorithm: aws:kms
                              KMSMasterKeyID: !GetAtt DataKey.Arn
                            BucketKeyEnabled: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓PlainBucket:
                    Type: AWS::S3::Bucket
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketEncryption:
                        ServerSideEncryptionConfiguration:
                          - ↓ServerSideEncryptionByDefault:
                              SSEAlgorithm: AES256
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for bucket in state.all(S3Bucket.self) {
            guard case .known(let rules) = bucket.encryptionRules.state else {
                if case .unknown(let reason) = bucket.encryptionRules.state {
                    results.unknown(bucket.address, reason: reason, at: bucket.encryptionRules.origin)
                }
                continue
            }
            // A key that exists but is known only after deployment still counts.
            let keyed = rules.first { rule in rule.kmsKeyID.map { $0.value.map { !$0.isEmpty } ?? true } ?? false }
            if let keyed {
                results.pass(bucket.address, at: keyed.origin)
                continue
            }
            let origin = rules.first?.origin ?? bucket.address.origin
            results.record(LogBucket.receivesAccessLogs(bucket), for: bucket.address, at: origin)
        }
        return results.results
    }
}
