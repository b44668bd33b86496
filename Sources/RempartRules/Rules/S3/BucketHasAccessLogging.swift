import RempartModel
import RempartSupport

/// S3 buckets must have server access logging enabled.
///
/// A bucket passes with `LoggingConfiguration.DestinationBucketName` set (to a name, a `Ref`,
/// or a value known only after deployment). Buckets that receive access logs themselves
/// (canned ACL `LogDeliveryWrite`, or a bucket policy that lets `logging.s3.amazonaws.com`
/// put objects) are exempt, as in trivy. Otherwise the finding points at the bucket, or at
/// `LoggingConfiguration` when it is present without a destination.
struct BucketHasAccessLogging: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0089",
        aliases: ["CKV_AWS_18"],
        slug: "enable-logging",
        service: "s3",
        severity: .low,
        title: LocalizedText("S3 buckets have access logging enabled", fr: "Les compartiments S3 ont la journalisation des accès activée"),
        rationale: LocalizedText(
            "Server access logs record every request made to the bucket, which an investigation needs to tell what was read, written or deleted and by whom.",
            fr: "Les journaux d'accès au serveur consignent chaque requête faite au compartiment, ce dont une enquête a besoin pour savoir ce qui a été lu, écrit ou supprimé, et par qui."),
        remediation: LocalizedText(
            "Set `LoggingConfiguration.DestinationBucketName` (and `LogFilePrefix`) on the `AWS::S3::Bucket`, pointing at a dedicated log bucket that grants the logging service write access.",
            fr: "Réglez `LoggingConfiguration.DestinationBucketName` (et `LogFilePrefix`) sur le `AWS::S3::Bucket`, vers un compartiment de journaux dédié qui accorde l'écriture au service de journalisation."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0089/",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
        ],
        limitations: LocalizedText(
            "Object-level logging through CloudTrail data events is another way to record access and is not taken into account here. checkov's CKV_AWS_18 does not exempt log buckets.",
            fr: "La journalisation au niveau des objets par les événements de données CloudTrail est une autre façon de consigner les accès et n'est pas prise en compte ici. CKV_AWS_18 de checkov n'exempte pas les compartiments de journaux."),
        resourceTypes: ["AWS::S3::Bucket", "AWS::S3::BucketPolicy"],
        goodExamples: [
            .init(
                """
                Resources:
                  AccessLogBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: LogDeliveryWrite
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      LoggingConfiguration:
                        DestinationBucketName: !Ref AccessLogBucket
                        LogFilePrefix: data/
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
                  OtherBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      LoggingConfiguration:
                        ↓LogFilePrefix: other/
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for bucket in state.all(S3Bucket.self) {
            if let destination = bucket.logging?.destinationBucket {
                // A destination known only after deployment still enables logging.
                let isSet = destination.value.map { !$0.isEmpty } ?? true
                if isSet {
                    results.pass(bucket.address, at: destination.origin)
                    continue
                }
            }
            let origin = bucket.logging?.origin ?? bucket.address.origin
            results.record(LogBucket.receivesAccessLogs(bucket), for: bucket.address, at: origin)
        }
        return results.results
    }
}
