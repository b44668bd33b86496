import RempartModel
import RempartSupport

/// S3 buckets must have their object reads logged by a CloudTrail trail.
///
/// Compliance-only (CIS AWS Foundations 1.4), as in trivy. trivy's CloudFormation adapter
/// never reads event selectors, so trivy reports every bucket in a compliance scan; Rempart
/// reads `EventSelectors` of the `AWS::CloudTrail::Trail` resources of the scan instead. A
/// trail with `IsLogging: false` does not count, and a trail with `AdvancedEventSelectors`
/// makes the verdict unknown unless a basic selector already covers the bucket.
struct BucketLogsObjectReads: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0172",
        slug: "enable-object-read-logging",
        service: "s3",
        severity: .low,
        title: LocalizedText("S3 buckets have object-level read logging", fr: "Les compartiments S3 ont la journalisation des lectures au niveau des objets"),
        rationale: LocalizedText(
            "CloudTrail data events for object reads (GetObject) show who read which object, which is what an investigation of a data leak needs first.",
            fr: "Les événements de données CloudTrail pour les lectures d'objets (GetObject) indiquent qui a lu quel objet, ce dont une enquête sur une fuite de données a besoin en premier."),
        remediation: LocalizedText(
            "Add an `AWS::CloudTrail::Trail` whose `EventSelectors` has `ReadWriteType: All` (or `ReadOnly`) and a `DataResources` entry of `Type: AWS::S3::Object` with `Values: [arn:aws:s3:::BUCKET/]` (or `arn:aws:s3` for every bucket).",
            fr: "Ajoutez un `AWS::CloudTrail::Trail` dont `EventSelectors` a `ReadWriteType: All` (ou `ReadOnly`) et une entrée `DataResources` de `Type: AWS::S3::Object` avec `Values: [arn:aws:s3:::COMPARTIMENT/]` (ou `arn:aws:s3` pour tous les compartiments)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0172/",
            "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html",
        ],
        limitations: LocalizedText(
            "Runs only in the cis-aws-1.4 framework. Only trails declared in the scanned templates count; a trail of another account or tool is not seen. Data resources with a prefix inside the bucket (`arn:aws:s3:::BUCKET/logs/`) do not count, as in trivy.",
            fr: "S'exécute seulement dans le cadre cis-aws-1.4. Seuls les journaux de suivi déclarés dans les modèles analysés comptent ; un journal de suivi d'un autre compte ou outil n'est pas vu. Les ressources de données limitées à un préfixe du compartiment (`arn:aws:s3:::COMPARTIMENT/logs/`) ne comptent pas, comme dans trivy."),
        resourceTypes: ["AWS::S3::Bucket", "AWS::CloudTrail::Trail"],
        goodExamples: [
            .init(
                """
                Resources:
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: example-data-bucket
                  DataEventsTrail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: example-trail-logs
                      EventSelectors:
                        - ReadWriteType: All
                          DataResources:
                            - Type: AWS::S3::Object
                              Values:
                                - arn:aws:s3:::example-data-bucket/
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: example-data-bucket
                  DataEventsTrail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: example-trail-logs
                      EventSelectors:
                        - ReadWriteType: WriteOnly
                          DataResources:
                            - Type: AWS::S3::Object
                              Values:
                                - arn:aws:s3
                """)
        ],
        frameworks: ["cis-aws-1.4"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        ObjectLevelLogging(excludedType: "WriteOnly").evaluate(state, ruleID: Self.metadata.id)
    }
}
