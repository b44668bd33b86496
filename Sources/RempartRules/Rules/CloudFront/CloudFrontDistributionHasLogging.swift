import RempartModel
import RempartSupport

/// Distributions must write access logs: to an S3 bucket (legacy standard logging) or
/// through a CloudWatch Logs delivery (standard logging v2).
struct CloudFrontDistributionHasLogging: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0010",
        aliases: ["CKV_AWS_86"],
        slug: "cloudfront-enable-logging",
        service: "cloudfront",
        severity: .medium,
        title: LocalizedText(
            "CloudFront distributions have access logging",
            fr: "Les distributions CloudFront journalisent les accès"),
        rationale: LocalizedText(
            "Access logs are the only record of who requested what from the edge, which incident response and abuse analysis depend on.",
            fr: "Les journaux d'accès sont la seule trace de qui a demandé quoi à la périphérie, ce dont dépendent la réponse aux incidents et l'analyse des abus."),
        remediation: LocalizedText(
            "Set `DistributionConfig.Logging.Bucket`, or declare an `AWS::Logs::DeliverySource` of `ACCESS_LOGS` for the distribution and an `AWS::Logs::Delivery` that uses it.",
            fr: "Définissez `DistributionConfig.Logging.Bucket`, ou déclarez une `AWS::Logs::DeliverySource` de type `ACCESS_LOGS` pour la distribution et une `AWS::Logs::Delivery` qui l'utilise."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudfront/avd-aws-0010/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudfront-distribution.html",
        ],
        resourceTypes: ["AWS::CloudFront::Distribution", "AWS::Logs::DeliverySource", "AWS::Logs::Delivery"],
        goodExamples: [
            .init(
                """
                Resources:
                  Site:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        Enabled: true
                        Origins:
                          - DomainName: site.s3.amazonaws.com
                            Id: site
                            S3OriginConfig: {}
                        DefaultCacheBehavior:
                          TargetOriginId: site
                          ViewerProtocolPolicy: redirect-to-https
                        Logging:
                          Bucket: access-logs.s3.amazonaws.com
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Site:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        Enabled: true
                        Origins:
                          - DomainName: site.s3.amazonaws.com
                            Id: site
                            S3OriginConfig: {}
                        DefaultCacheBehavior:
                          TargetOriginId: site
                          ViewerProtocolPolicy: redirect-to-https
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for distribution in state.all(CloudFrontDistribution.self) {
            let decision = Decision(distribution.loggingBucket) { $0.isSet } || Decision(distribution.hasLoggingV2Delivery)
            results.record(decision, for: distribution.address, at: distribution.loggingBucket.origin)
        }
        return results.results
    }
}
