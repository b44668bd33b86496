import RempartModel
import RempartSupport

/// S3 buckets must have versioning enabled.
///
/// Reads `VersioningConfiguration.Status`; only `Enabled` passes. Absent, S3 leaves versioning
/// off and the finding points at the bucket.
struct BucketHasVersioning: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0090",
        aliases: ["CKV_AWS_21"],
        slug: "enable-versioning",
        service: "s3",
        severity: .medium,
        title: LocalizedText("S3 buckets have versioning enabled", fr: "Les compartiments S3 ont la gestion des versions activée"),
        rationale: LocalizedText(
            "Versioning keeps every version of every object, so data overwritten or deleted by mistake, by ransomware or by an attacker can be restored.",
            fr: "La gestion des versions conserve chaque version de chaque objet : les données écrasées ou supprimées par erreur, par un rançongiciel ou par un attaquant peuvent être restaurées."),
        remediation: LocalizedText(
            "Set `VersioningConfiguration.Status: Enabled` on the `AWS::S3::Bucket`, with a lifecycle rule that expires noncurrent versions.",
            fr: "Réglez `VersioningConfiguration.Status: Enabled` sur le `AWS::S3::Bucket`, avec une règle de cycle de vie qui fait expirer les versions non actuelles."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0090/",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
        ],
        resourceTypes: ["AWS::S3::Bucket"],
        goodExamples: [
            .init(
                """
                Resources:
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      VersioningConfiguration:
                        Status: Enabled
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓DataBucket:
                    Type: AWS::S3::Bucket
                  ScratchBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      VersioningConfiguration:
                        Status: ↓Suspended
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for bucket in state.all(S3Bucket.self) {
            guard let status = bucket.versioningStatus else {
                results.fail(bucket.address, at: bucket.address.origin)
                continue
            }
            results.record(Decision(status) { $0 == "Enabled" }, for: bucket.address, at: status.origin)
        }
        return results.results
    }
}
