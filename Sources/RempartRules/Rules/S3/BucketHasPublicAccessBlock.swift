import RempartModel
import RempartSupport

/// S3 buckets must declare a public access block.
///
/// Fails at the bucket when `PublicAccessBlockConfiguration` is absent, whatever the flags.
struct BucketHasPublicAccessBlock: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0094",
        slug: "specify-public-access-block",
        service: "s3",
        severity: .low,
        title: LocalizedText(
            "S3 buckets have a public access block", fr: "Les compartiments S3 ont un blocage de l'accès public"),
        rationale: LocalizedText(
            "Without a public access block, nothing stops a later ACL or bucket policy change from making the bucket public.",
            fr: "Sans blocage de l'accès public, rien n'empêche une modification ultérieure d'une liste ACL ou de la politique de rendre le compartiment public."),
        remediation: LocalizedText(
            "Add `PublicAccessBlockConfiguration` to the `AWS::S3::Bucket` with `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls` and `RestrictPublicBuckets` set to true.",
            fr: "Ajoutez `PublicAccessBlockConfiguration` au `AWS::S3::Bucket` avec `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls` et `RestrictPublicBuckets` à true."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0094/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-publicaccessblockconfiguration.html",
        ],
        limitations: LocalizedText(
            "An account-level public access block is not visible in a template.",
            fr: "Le blocage de l'accès public au niveau du compte n'apparaît pas dans un modèle."),
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
                    Properties:
                      VersioningConfiguration:
                        Status: Enabled
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for bucket in state.all(S3Bucket.self) {
            if let block = bucket.publicAccessBlock {
                results.pass(bucket.address, at: block.origin)
            } else {
                results.fail(bucket.address, at: bucket.address.origin)
            }
        }
        return results.results
    }
}
