import RempartModel
import RempartSupport

/// Trails must log every region, so activity in a region nobody watches is still recorded.
struct CloudTrailTrailIsMultiRegion: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0014",
        aliases: ["CKV_AWS_67"],
        slug: "cloudtrail-enable-all-regions",
        service: "cloudtrail",
        severity: .medium,
        title: LocalizedText(
            "CloudTrail trails log every region",
            fr: "Les journaux de suivi CloudTrail couvrent toutes les régions"),
        rationale: LocalizedText(
            "A single-region trail misses API calls made in other regions, where an attacker can create resources unnoticed.",
            fr: "Un journal de suivi limité à une région ignore les appels d'API des autres régions, où un attaquant peut créer des ressources sans être vu."),
        remediation: LocalizedText(
            "Set `IsMultiRegionTrail: true` on the `AWS::CloudTrail::Trail`.",
            fr: "Définissez `IsMultiRegionTrail: true` sur la ressource `AWS::CloudTrail::Trail`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudtrail/avd-aws-0014/",
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
                      IsLogging: true
                      IsMultiRegionTrail: true
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
                      IsLogging: true
                      IsMultiRegionTrail: ↓false
                      S3BucketName: audit-logs
                """),
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
        frameworks: ["cis-aws-1.2", "default"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\CloudTrailTrail.isMultiRegion) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
