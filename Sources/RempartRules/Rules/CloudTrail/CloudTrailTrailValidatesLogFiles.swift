import RempartModel
import RempartSupport

/// Trails must write digest files, so any change to a delivered log file can be detected.
struct CloudTrailTrailValidatesLogFiles: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0016",
        aliases: ["CKV_AWS_36"],
        slug: "cloudtrail-enable-log-validation",
        service: "cloudtrail",
        severity: .high,
        title: LocalizedText(
            "CloudTrail log file validation is enabled",
            fr: "La validation des fichiers journaux CloudTrail est activée"),
        rationale: LocalizedText(
            "Without digest files nobody can prove that a log file was not altered or deleted after delivery, which weakens any investigation.",
            fr: "Sans fichiers de hachage, personne ne peut prouver qu'un fichier journal n'a pas été modifié ou supprimé après sa livraison, ce qui affaiblit toute enquête."),
        remediation: LocalizedText(
            "Set `EnableLogFileValidation: true` on the `AWS::CloudTrail::Trail`.",
            fr: "Définissez `EnableLogFileValidation: true` sur la ressource `AWS::CloudTrail::Trail`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudtrail/avd-aws-0016/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html",
        ],
        resourceTypes: ["AWS::CloudTrail::Trail"],
        goodExamples: [
            .init(
                """
                Resources:
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      EnableLogFileValidation: true
                      IsLogging: true
                      S3BucketName: audit-logs
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      EnableLogFileValidation: ↓false
                      IsLogging: true
                      S3BucketName: audit-logs
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\CloudTrailTrail.isLogFileValidationEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
