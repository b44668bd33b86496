import RempartModel
import RempartSupport

/// S3 bucket names must not contain dots.
///
/// Reads `BucketName`; a bucket without a name gets a generated, compliant one.
struct BucketNameIsDNSCompliant: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0320",
        slug: "dns-compliant-name",
        service: "s3",
        severity: .medium,
        title: LocalizedText(
            "S3 bucket names contain no dots", fr: "Les noms de compartiments S3 ne contiennent pas de point"),
        rationale: LocalizedText(
            "A dot in the bucket name breaks TLS certificate validation for virtual-hosted-style HTTPS requests and prevents S3 Transfer Acceleration.",
            fr: "Un point dans le nom du compartiment fait échouer la validation du certificat TLS des requêtes HTTPS de type hôte virtuel et empêche S3 Transfer Acceleration."),
        remediation: LocalizedText(
            "Use hyphens instead of dots in `BucketName` (the bucket must be recreated under the new name).",
            fr: "Utilisez des traits d'union plutôt que des points dans `BucketName` (le compartiment doit être recréé sous le nouveau nom)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0320/",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html",
        ],
        resourceTypes: ["AWS::S3::Bucket"],
        goodExamples: [
            .init(
                """
                Resources:
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: example-data-bucket
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: ↓data.example.com
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for bucket in state.all(S3Bucket.self) {
            guard let name = bucket.name else {
                results.pass(bucket.address)
                continue
            }
            results.record(Decision(name) { !$0.contains(".") }, for: bucket.address, at: name.origin)
        }
        return results.results
    }
}
