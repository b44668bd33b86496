import RempartModel
import RempartSupport

/// No cache behavior of a distribution may serve viewers over plain HTTP.
struct CloudFrontDistributionEnforcesHTTPS: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0012",
        aliases: ["CKV_AWS_34"],
        slug: "cloudfront-enforce-https",
        service: "cloudfront",
        severity: .critical,
        title: LocalizedText(
            "CloudFront distributions require HTTPS from viewers",
            fr: "Les distributions CloudFront exigent HTTPS des visiteurs"),
        rationale: LocalizedText(
            "`allow-all` serves content over plain HTTP, where it can be read and altered in transit.",
            fr: "`allow-all` sert le contenu en HTTP en clair, où il peut être lu et modifié en transit."),
        remediation: LocalizedText(
            "Set `ViewerProtocolPolicy` to `redirect-to-https` or `https-only` in `DefaultCacheBehavior` and every `CacheBehaviors` entry.",
            fr: "Définissez `ViewerProtocolPolicy` à `redirect-to-https` ou `https-only` dans `DefaultCacheBehavior` et chaque entrée de `CacheBehaviors`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudfront/avd-aws-0012/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudfront-distribution.html",
        ],
        limitations: LocalizedText(
            "trivy reads only `DefaultCacheBehavior`; Rempart also reads `CacheBehaviors`, as checkov does.",
            fr: "trivy ne lit que `DefaultCacheBehavior` ; Rempart lit aussi `CacheBehaviors`, comme checkov."),
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
                          ViewerProtocolPolicy: ↓allow-all
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
                        CacheBehaviors:
                          - PathPattern: /legacy/*
                            TargetOriginId: site
                            ViewerProtocolPolicy: ↓allow-all
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for distribution in state.all(CloudFrontDistribution.self) {
            let policies = [distribution.defaultViewerProtocolPolicy] + distribution.cacheBehaviorViewerProtocolPolicies
            if let failing = policies.first(where: { $0.value == "allow-all" }) {
                results.fail(distribution.address, at: failing.origin)
            } else if let unknown = policies.first(where: { if case .unknown = $0.state { true } else { false } }),
                case .unknown(let reason) = unknown.state
            {
                results.unknown(distribution.address, reason: reason, at: unknown.origin)
            } else {
                results.pass(distribution.address)
            }
        }
        return results.results
    }
}
