import RempartModel
import RempartSupport

/// Distributions must require TLS 1.2 with the 2021 or later security policies.
///
/// A distribution on the default `*.cloudfront.net` certificate cannot set a minimum version
/// and accepts TLS 1.0, so it fails too.
struct CloudFrontDistributionUsesSecureTLS: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0013",
        slug: "cloudfront-use-secure-tls-policy",
        service: "cloudfront",
        severity: .high,
        title: LocalizedText(
            "CloudFront distributions use a current TLS policy",
            fr: "Les distributions CloudFront utilisent une politique TLS à jour"),
        rationale: LocalizedText(
            "Older security policies accept TLS 1.0 and 1.1 or weak ciphers, which lets an attacker on the path downgrade and decrypt traffic.",
            fr: "Les anciennes politiques de sécurité acceptent TLS 1.0 et 1.1 ou des chiffrements faibles, ce qui permet à un attaquant sur le trajet de rétrograder et de déchiffrer le trafic."),
        remediation: LocalizedText(
            "Use a custom certificate and set `DistributionConfig.ViewerCertificate.MinimumProtocolVersion` to `TLSv1.2_2021` or later.",
            fr: "Utilisez un certificat personnalisé et définissez `DistributionConfig.ViewerCertificate.MinimumProtocolVersion` à `TLSv1.2_2021` ou plus récent."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudfront/avd-aws-0013/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudfront-distribution.html",
            "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
        ],
        limitations: LocalizedText(
            "`TLSv1.2_2018` and `TLSv1.2_2019` fail, as in trivy, because their cipher suites include CBC modes. Requiring TLS 1.2 alone is RMP-AWS-0237 (checkov's CKV_AWS_174), which accepts them.",
            fr: "`TLSv1.2_2018` et `TLSv1.2_2019` échouent, comme dans trivy, car leurs suites incluent des modes CBC. L'exigence de TLS 1.2 seule relève de RMP-AWS-0237 (CKV_AWS_174 de checkov), qui les accepte."),
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
                          ViewerProtocolPolicy: https-only
                        ViewerCertificate:
                          AcmCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d
                          SslSupportMethod: sni-only
                          MinimumProtocolVersion: TLSv1.2_2021
                """),
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
                          ViewerProtocolPolicy: https-only
                        ViewerCertificate:
                          AcmCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d
                          SslSupportMethod: sni-only
                          MinimumProtocolVersion: TLSv1.3_2025
                """)
        ],
        badExamples: [
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
                          ViewerProtocolPolicy: https-only
                        ViewerCertificate:
                          AcmCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d
                          SslSupportMethod: sni-only
                          MinimumProtocolVersion: ↓TLSv1
                """),
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
                          ViewerProtocolPolicy: https-only
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for distribution in state.all(CloudFrontDistribution.self) {
            let version = distribution.minimumProtocolVersion
            let decision = Decision(distribution.usesDefaultCertificate) { !$0 } && Decision(version) { Self.allowedVersions.contains($0 ?? "") }
            results.record(decision, for: distribution.address, at: version.isExplicit ? version.origin : distribution.usesDefaultCertificate.origin)
        }
        return results.results
    }

    /// The accepted `MinimumProtocolVersion` values.
    private static let allowedVersions: Set<String> = ["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"]
}
