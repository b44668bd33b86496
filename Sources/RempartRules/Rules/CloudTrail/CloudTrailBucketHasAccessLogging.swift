import RempartModel
import RempartSupport

/// The bucket that receives a trail's logs must log the requests made to it.
///
/// The verdict is reported on the trail and points at the bucket.
struct CloudTrailBucketHasAccessLogging: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0163",
        slug: "cloudtrail-require-bucket-access-logging",
        service: "cloudtrail",
        severity: .low,
        title: LocalizedText(
            "The CloudTrail log bucket has server access logging",
            fr: "Le compartiment des journaux CloudTrail journalise les accès"),
        rationale: LocalizedText(
            "Access logs of the trail bucket show who read or deleted audit logs, which CloudTrail itself does not record for its own bucket by default.",
            fr: "Les journaux d'accès du compartiment montrent qui a lu ou supprimé les journaux d'audit, ce que CloudTrail n'enregistre pas par défaut pour son propre compartiment."),
        remediation: LocalizedText(
            "Set `LoggingConfiguration.DestinationBucketName` on the `AWS::S3::Bucket` named by the trail's `S3BucketName`.",
            fr: "Définissez `LoggingConfiguration.DestinationBucketName` sur le `AWS::S3::Bucket` nommé par `S3BucketName`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudtrail/avd-aws-0163/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html",
        ],
        limitations: LocalizedText(
            "A trail whose bucket is not in the scanned templates is reported as unknown; trivy passes it.",
            fr: "Un journal de suivi dont le compartiment n'est pas dans les modèles analysés est déclaré inconnu ; trivy le laisse passer."),
        resourceTypes: ["AWS::CloudTrail::Trail", "AWS::S3::Bucket"],
        goodExamples: [
            .init(
                """
                Resources:
                  LogBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: audit-logs
                      LoggingConfiguration:
                        DestinationBucketName: access-logs
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: !Ref LogBucket
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓LogBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: audit-logs
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: audit-logs
                """)
        ],
        frameworks: ["cis-aws-1.2", "cis-aws-1.4", "default"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        evaluateBuckets(state) { bucket in
            guard let logging = bucket.logging else { return (.no, bucket.address.origin) }
            return (.yes, logging.origin)
        }
    }

    /// Returns one verdict per trail whose bucket is in the scan, deciding with `check`.
    private func evaluateBuckets(_ state: AWSState, check: (S3Bucket) -> (Decision, Origin)) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for trail in state.all(CloudTrailTrail.self) {
            switch S3BucketLookup.bucket(trail.s3Bucket, in: state) {
            case nil:
                continue
            case .unknown(let reason):
                results.unknown(trail.address, reason: reason, at: trail.s3Bucket.origin)
            case .notInScan(let name):
                results.unknown(trail.address, reason: "bucket '\(name)' is not in the scan", at: trail.s3Bucket.origin)
            case .found(let bucket):
                let (decision, origin) = check(bucket)
                results.record(decision, for: trail.address, at: origin)
            }
        }
        return results.results
    }
}
