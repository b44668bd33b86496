/// A CloudFront distribution (`AWS::CloudFront::Distribution`).
public struct CloudFrontDistribution: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `DistributionConfig.WebACLId`.
    public var webACL: Resolved<Identifier?>
    /// `DistributionConfig.Logging.Bucket`: standard (legacy) access logs.
    public var loggingBucket: Resolved<Identifier?>
    /// Whether an `AWS::Logs::DeliverySource` of `ACCESS_LOGS` for this distribution feeds an
    /// `AWS::Logs::Delivery` in the scan (standard logging v2).
    public var hasLoggingV2Delivery: Bool
    /// `DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy`.
    public var defaultViewerProtocolPolicy: Resolved<String?>
    /// `DistributionConfig.CacheBehaviors[].ViewerProtocolPolicy`, in order.
    public var cacheBehaviorViewerProtocolPolicies: [Resolved<String?>]
    /// `DistributionConfig.ViewerCertificate.CloudFrontDefaultCertificate`; true when no
    /// viewer certificate is given.
    public var usesDefaultCertificate: Resolved<Bool>
    /// `DistributionConfig.ViewerCertificate.MinimumProtocolVersion`. AWS default `TLSv1` with
    /// a custom certificate; with the default certificate CloudFront enforces `TLSv1`.
    public var minimumProtocolVersion: Resolved<String?>
    /// Where `DistributionConfig.ViewerCertificate` is, when present.
    public var viewerCertificateOrigin: Origin?

    /// Creates a distribution with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        webACL = .defaulted(nil, at: origin)
        loggingBucket = .defaulted(nil, at: origin)
        hasLoggingV2Delivery = false
        defaultViewerProtocolPolicy = .defaulted(nil, at: origin)
        cacheBehaviorViewerProtocolPolicies = []
        usesDefaultCertificate = .defaulted(true, at: origin)
        minimumProtocolVersion = .defaulted(nil, at: origin)
        viewerCertificateOrigin = nil
    }
}
