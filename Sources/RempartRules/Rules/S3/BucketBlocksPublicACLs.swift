import RempartModel
import RempartSupport

/// S3 buckets must set `BlockPublicAcls` in their public access block.
///
/// A bucket without `PublicAccessBlockConfiguration` fails at the bucket. A block with the flag
/// false fails at the flag, and a block without the flag fails at the block.
struct BucketBlocksPublicACLs: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0086",
        aliases: ["CKV_AWS_53"],
        slug: "block-public-acls",
        service: "s3",
        severity: .high,
        title: LocalizedText("S3 buckets block public ACLs", fr: "Les compartiments S3 bloquent les listes ACL publiques"),
        rationale: LocalizedText(
            "With `BlockPublicAcls`, S3 rejects requests that would add a public ACL to the bucket or its objects, so a mistaken upload cannot make data public.",
            fr: "Avec `BlockPublicAcls`, S3 refuse les requêtes qui ajouteraient une liste ACL publique au compartiment ou à ses objets : un téléversement malencontreux ne peut pas rendre des données publiques."),
        remediation: LocalizedText(
            "Set `PublicAccessBlockConfiguration.BlockPublicAcls: true` on the `AWS::S3::Bucket` (all four flags should be true unless the bucket must be public).",
            fr: "Réglez `PublicAccessBlockConfiguration.BlockPublicAcls: true` sur le `AWS::S3::Bucket` (les quatre indicateurs devraient valoir true, sauf si le compartiment doit être public)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0086/",
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
                        BlockPublicAcls: ↓"false"
                        BlockPublicPolicy: true
                        IgnorePublicAcls: true
                        RestrictPublicBuckets: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PublicAccessBlockCheck(flag: \.blockPublicACLs, propertyName: "BlockPublicAcls").evaluate(state, ruleID: Self.metadata.id)
    }
}
