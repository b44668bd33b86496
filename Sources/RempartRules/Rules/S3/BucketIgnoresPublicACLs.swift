import RempartModel
import RempartSupport

/// S3 buckets must set `IgnorePublicAcls` in their public access block.
///
/// A bucket without `PublicAccessBlockConfiguration` fails at the bucket. A block with the flag
/// false fails at the flag, and a block without the flag fails at the block.
struct BucketIgnoresPublicACLs: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0091",
        aliases: ["CKV_AWS_55"],
        slug: "ignore-public-acls",
        service: "s3",
        severity: .high,
        title: LocalizedText("S3 buckets ignore public ACLs", fr: "Les compartiments S3 ignorent les listes ACL publiques"),
        rationale: LocalizedText(
            "With `IgnorePublicAcls`, S3 ignores every public ACL already on the bucket and its objects, including ones set before the block existed.",
            fr: "Avec `IgnorePublicAcls`, S3 ignore toute liste ACL publique déjà présente sur le compartiment et ses objets, y compris celles posées avant le blocage."),
        remediation: LocalizedText(
            "Set `PublicAccessBlockConfiguration.IgnorePublicAcls: true` on the `AWS::S3::Bucket` (all four flags should be true unless the bucket must be public).",
            fr: "Réglez `PublicAccessBlockConfiguration.IgnorePublicAcls: true` sur le `AWS::S3::Bucket` (les quatre indicateurs devraient valoir true, sauf si le compartiment doit être public)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0091/",
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
                        IgnorePublicAcls: ↓"false"
                        RestrictPublicBuckets: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PublicAccessBlockCheck(flag: \.ignorePublicACLs, propertyName: "IgnorePublicAcls").evaluate(state, ruleID: Self.metadata.id)
    }
}
