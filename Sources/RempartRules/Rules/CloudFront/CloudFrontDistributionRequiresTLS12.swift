import RempartModel
import RempartSupport

/// Distributions must refuse viewers below TLS 1.2.
///
/// checkov's CKV_AWS_174 accepts every `TLSv1.2_*` policy, while AVD-AWS-0013 accepts only
/// the 2021 and later ones, so `TLSv1.2_2018` and `TLSv1.2_2019` pass this rule and fail
/// AVD-AWS-0013. A distribution on the default `*.cloudfront.net` certificate accepts TLS 1.0,
/// so it fails.
struct CloudFrontDistributionRequiresTLS12: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0237",
        aliases: ["CKV_AWS_174"],
        slug: "cloudfront-minimum-tls-1-2",
        service: "cloudfront",
        severity: .high,
        title: LocalizedText(
            "CloudFront distributions require TLS 1.2 or later",
            fr: "Les distributions CloudFront exigent TLS 1.2 ou plus récent"),
        rationale: LocalizedText(
            "SSL 3, TLS 1.0 and TLS 1.1 have known weaknesses, so a viewer connection that may use them can be downgraded and read on the path.",
            fr: "SSL 3, TLS 1.0 et TLS 1.1 ont des faiblesses connues : une connexion de lecteur qui peut les utiliser peut être rétrogradée et lue sur le trajet."),
        remediation: LocalizedText(
            "Use a custom certificate and set `DistributionConfig.ViewerCertificate.MinimumProtocolVersion` to a `TLSv1.2_*` or `TLSv1.3_*` policy, preferably `TLSv1.2_2021` or later (AVD-AWS-0013).",
            fr: "Utilisez un certificat personnalisé et définissez `DistributionConfig.ViewerCertificate.MinimumProtocolVersion` avec une politique `TLSv1.2_*` ou `TLSv1.3_*`, de préférence `TLSv1.2_2021` ou plus récente (AVD-AWS-0013)."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-viewercertificate.html",
            "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
        ],
        limitations: LocalizedText(
            "`TLSv1.2_2018` and `TLSv1.2_2019` pass although their cipher suites include CBC modes; AVD-AWS-0013 reports them.",
            fr: "`TLSv1.2_2018` et `TLSv1.2_2019` passent bien que leurs suites incluent des modes CBC ; AVD-AWS-0013 les signale."),
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
                          MinimumProtocolVersion: TLSv1.2_2019
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
                          MinimumProtocolVersion: ↓TLSv1.1_2016
                  Downloads:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        Enabled: true
                        Origins:
                          - DomainName: downloads.s3.amazonaws.com
                            Id: downloads
                            S3OriginConfig: {}
                        DefaultCacheBehavior:
                          TargetOriginId: downloads
                          ViewerProtocolPolicy: https-only
                        ViewerCertificate:
                          ↓CloudFrontDefaultCertificate: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for distribution in state.all(CloudFrontDistribution.self) {
            let version = distribution.minimumProtocolVersion
            let decision =
                Decision(distribution.usesDefaultCertificate) { !$0 }
                && Decision(version) { Self.isTLS12OrLater($0 ?? "") }
            let origin = version.isExplicit ? version.origin : distribution.usesDefaultCertificate.origin
            results.record(decision, for: distribution.address, at: origin)
        }
        return results.results
    }

    /// Whether a `MinimumProtocolVersion` value names a TLS 1.2 or TLS 1.3 policy.
    private static func isTLS12OrLater(_ version: String) -> Bool {
        version.hasPrefix("TLSv1.2_") || version.hasPrefix("TLSv1.3_")
    }
}
