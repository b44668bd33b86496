import RempartModel
import RempartSupport

/// S3 buckets must declare default encryption.
///
/// Deprecated, as in trivy: since January 2023 S3 encrypts every new object with SSE-S3 even
/// without a rule, so the check no longer finds a real weakness. It stays listed so that its ID
/// keeps meaning the same thing, and runs only when deprecated rules are asked for. A bucket
/// without a rule then passes, as it is encrypted with SSE-S3; only an algorithm S3 does not
/// accept fails.
struct BucketIsEncrypted: Rule {
    /// The algorithms S3 accepts for default encryption.
    static let algorithms: Set<String> = ["AES256", "aws:kms", "aws:kms:dsse"]

    static let metadata = RuleMetadata(
        id: "AVD-AWS-0088",
        aliases: ["CKV_AWS_19"],
        slug: "enable-bucket-encryption",
        service: "s3",
        severity: .high,
        title: LocalizedText("S3 buckets have default encryption", fr: "Les compartiments S3 ont un chiffrement par défaut"),
        rationale: LocalizedText(
            "Default encryption protects objects at rest when a client does not ask for encryption.",
            fr: "Le chiffrement par défaut protège les objets au repos lorsqu'un client ne demande pas de chiffrement."),
        remediation: LocalizedText(
            "Set `BucketEncryption.ServerSideEncryptionConfiguration` with `SSEAlgorithm: aws:kms` (see AVD-AWS-0132).",
            fr: "Réglez `BucketEncryption.ServerSideEncryptionConfiguration` avec `SSEAlgorithm: aws:kms` (voir AVD-AWS-0132)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0088/",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html",
        ],
        limitations: LocalizedText(
            "Deprecated: S3 applies SSE-S3 to every new object since January 2023, so a bucket without a rule is encrypted anyway and passes, as in checkov; trivy, run with deprecated checks, fails it.",
            fr: "Obsolète : S3 applique SSE-S3 à chaque nouvel objet depuis janvier 2023, si bien qu'un compartiment sans règle est chiffré quand même et passe, comme dans checkov ; trivy, lancé avec les vérifications obsolètes, le fait échouer."),
        resourceTypes: ["AWS::S3::Bucket"],
        isDeprecated: true,
        goodExamples: [
            .init(
                """
                Resources:
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketEncryption:
                        ServerSideEncryptionConfiguration:
                          - ServerSideEncryptionByDefault:
                              SSEAlgorithm: AES256
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketEncryption:
                        ServerSideEncryptionConfiguration:
                          - ServerSideEncryptionByDefault:
                              SSEAlgorithm: ↓AES128
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
            // Without an algorithm, S3 applies its own default, SSE-S3.
            guard let algorithm = rules.compactMap(\.algorithm).first else {
                results.pass(bucket.address, at: rules.first?.origin ?? bucket.address.origin)
                continue
            }
            results.record(Decision(algorithm) { Self.algorithms.contains($0) }, for: bucket.address, at: algorithm.origin)
        }
        return results.results
    }
}
