import RempartModel
import RempartSupport

/// S3 buckets must set `RestrictPublicBuckets` in their public access block.
///
/// A bucket without `PublicAccessBlockConfiguration` fails at the bucket. A block with the flag
/// false fails at the flag, and a block without the flag fails at the block.
struct BucketRestrictsPublicAccess: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0093",
        aliases: ["CKV_AWS_56"],
        slug: "no-public-buckets",
        service: "s3",
        severity: .high,
        title: LocalizedText("S3 buckets restrict public bucket policies", fr: "Les compartiments S3 restreignent les politiques de compartiment publiques"),
        rationale: LocalizedText(
            "With `RestrictPublicBuckets`, only AWS services and principals of the owning account can use a public bucket policy, so anonymous and cross-account access through it stops.",
            fr: "Avec `RestrictPublicBuckets`, seuls les services AWS et les principaux du compte propriétaire peuvent profiter d'une politique de compartiment publique : l'accès anonyme ou d'autres comptes par cette politique cesse."),
        remediation: LocalizedText(
            "Set `PublicAccessBlockConfiguration.RestrictPublicBuckets: true` on the `AWS::S3::Bucket` (all four flags should be true unless the bucket must be public).",
            fr: "Réglez `PublicAccessBlockConfiguration.RestrictPublicBuckets: true` sur le `AWS::S3::Bucket` (les quatre indicateurs devraient valoir true, sauf si le compartiment doit être public)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0093/",
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
                        BlockPublicPolicy: true
                        IgnorePublicAcls: true
                        RestrictPublicBuckets: ↓"false"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PublicAccessBlockCheck(flag: \.restrictPublicBuckets, propertyName: "RestrictPublicBuckets").evaluate(state, ruleID: Self.metadata.id)
    }
}
