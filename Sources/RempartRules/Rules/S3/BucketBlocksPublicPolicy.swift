import RempartModel
import RempartSupport

/// S3 buckets must set `BlockPublicPolicy` in their public access block.
///
/// A bucket without `PublicAccessBlockConfiguration` fails at the bucket. A block with the flag
/// false fails at the flag, and a block without the flag fails at the block.
struct BucketBlocksPublicPolicy: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0087",
        aliases: ["CKV_AWS_54"],
        slug: "block-public-policy",
        service: "s3",
        severity: .high,
        title: LocalizedText("S3 buckets block public bucket policies", fr: "Les compartiments S3 bloquent les politiques de compartiment publiques"),
        rationale: LocalizedText(
            "With `BlockPublicPolicy`, S3 rejects a bucket policy that grants public access, so one wrong statement cannot expose the whole bucket.",
            fr: "Avec `BlockPublicPolicy`, S3 refuse une politique de compartiment qui accorde un accès public : une seule déclaration erronée ne peut pas exposer tout le compartiment."),
        remediation: LocalizedText(
            "Set `PublicAccessBlockConfiguration.BlockPublicPolicy: true` on the `AWS::S3::Bucket` (all four flags should be true unless the bucket must be public).",
            fr: "Réglez `PublicAccessBlockConfiguration.BlockPublicPolicy: true` sur le `AWS::S3::Bucket` (les quatre indicateurs devraient valoir true, sauf si le compartiment doit être public)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0087/",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        ],
        limitations: LocalizedText(
            "An account-level public access block is not visible in a template, so a bucket covered only by it is reported.",
            fr: "Le blocage de l'accès public au niveau du compte n'apparaît pas dans un modèle : un compartiment protégé seulement par celui-ci est signalé."),
        resourceTypes: ["AWS::S3::Bucket"],
        goodExamples: [
            .init(
                """
                Resources:
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      PublicAccessBlockConfiguration:
                        BlockPublicAcls: true
                        BlockPublicPolicy: true
                        IgnorePublicAcls: true
                        RestrictPublicBuckets: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓DataBucket:
                    Type: AWS::S3::Bucket
                  PartlyBlockedBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      PublicAccessBlockConfiguration:
                        BlockPublicAcls: true
                        BlockPublicPolicy: ↓"false"
                        IgnorePublicAcls: true
                        RestrictPublicBuckets: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PublicAccessBlockCheck(flag: \.blockPublicPolicy, propertyName: "BlockPublicPolicy").evaluate(state, ruleID: Self.metadata.id)
    }
}
