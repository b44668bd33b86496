import RempartModel
import RempartSupport

/// Trails must also deliver events to CloudWatch Logs, where metric filters and alarms can watch them.
struct CloudTrailTrailSendsToCloudWatchLogs: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0162",
        slug: "cloudtrail-ensure-cloudwatch-integration",
        service: "cloudtrail",
        severity: .low,
        title: LocalizedText(
            "CloudTrail trails deliver events to CloudWatch Logs",
            fr: "Les journaux de suivi CloudTrail envoient leurs événements à CloudWatch Logs"),
        rationale: LocalizedText(
            "Logs kept only in S3 are read after the fact; CloudWatch Logs lets alarms react to root logins, policy changes or disabled trails as they happen.",
            fr: "Des journaux conservés seulement dans S3 sont lus après coup ; CloudWatch Logs permet à des alarmes de réagir en direct aux connexions root, aux changements de politiques ou aux journaux désactivés."),
        remediation: LocalizedText(
            "Set `CloudWatchLogsLogGroupArn` (and `CloudWatchLogsRoleArn`) on the trail.",
            fr: "Définissez `CloudWatchLogsLogGroupArn` (et `CloudWatchLogsRoleArn`) sur le journal de suivi."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudtrail/avd-aws-0162/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html",
        ],
        resourceTypes: ["AWS::CloudTrail::Trail"],
        goodExamples: [
            .init(
                """
                Resources:
                  TrailLogs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      RetentionInDays: 365
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
                      CloudWatchLogsRoleArn: arn:aws:iam::123456789012:role/trail-to-logs
                      IsLogging: true
                      S3BucketName: audit-logs
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: audit-logs
                """)
        ],
        frameworks: ["cis-aws-1.2", "cis-aws-1.4", "default"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\CloudTrailTrail.cloudWatchLogsLogGroupARN) { $0.isSet }.evaluate(state, ruleID: Self.metadata.id)
    }
}
