import RempartModel
import RempartSupport

/// Distributions must be protected by a WAF web ACL.
struct CloudFrontDistributionHasWAF: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0011",
        aliases: ["CKV_AWS_68"],
        slug: "cloudfront-enable-waf",
        service: "cloudfront",
        severity: .high,
        title: LocalizedText(
            "CloudFront distributions are protected by a WAF",
            fr: "Les distributions CloudFront sont protégées par un WAF"),
        rationale: LocalizedText(
            "Without a web ACL, injection attempts, bots and known bad inputs reach the origin unfiltered.",
            fr: "Sans ACL web, les tentatives d'injection, les robots et les entrées malveillantes connues atteignent l'origine sans filtre."),
        remediation: LocalizedText(
            "Set `DistributionConfig.WebACLId` to the ARN of an `AWS::WAFv2::WebACL` with `Scope: CLOUDFRONT`.",
            fr: "Définissez `DistributionConfig.WebACLId` avec l'ARN d'une `AWS::WAFv2::WebACL` de portée `CLOUDFRONT`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudfront/avd-aws-0011/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudfront-distribution.html",
        ],
        resourceTypes: ["AWS::CloudFront::Distribution"],
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
                        WebACLId: arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/0a1b2c3d
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
        AttributeCheck(\CloudFrontDistribution.webACL) { $0.isSet }.evaluate(state, ruleID: Self.metadata.id)
    }
}
