import RempartModel
import RempartTemplate

/// Reads CloudFront distributions, with standard logging v2 through CloudWatch Logs
/// delivery sources and deliveries.
enum CloudFrontAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let deliveries = input.resources(ofType: "AWS::Logs::Delivery")
        let sources = input.resources(ofType: "AWS::Logs::DeliverySource")
        return input.resources(ofType: "AWS::CloudFront::Distribution").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            let config = reader.child("DistributionConfig")
            var distribution = CloudFrontDistribution(address: address(of: resource, in: template))
            distribution.webACL = config.optionalIdentifier("WebACLId")
            distribution.loggingBucket = config.optionalIdentifier("Logging", "Bucket")
            distribution.defaultViewerProtocolPolicy = config.optionalString("DefaultCacheBehavior", "ViewerProtocolPolicy")
            if case .known(let behaviors) = config.elements("CacheBehaviors").state {
                distribution.cacheBehaviorViewerProtocolPolicies = behaviors.map { $0.optionalString("ViewerProtocolPolicy") }
            }
            let certificate = config.child("ViewerCertificate")
            if certificate.exists {
                distribution.viewerCertificateOrigin = certificate.origin
                distribution.usesDefaultCertificate = certificate.bool("CloudFrontDefaultCertificate", default: false)
                distribution.minimumProtocolVersion = certificate.optionalString("MinimumProtocolVersion")
            }
            distribution.hasLoggingV2Delivery = hasLoggingV2(
                resource, in: template, sources: sources, deliveries: deliveries)
            return distribution
        }
    }

    /// Whether a delivery source of `ACCESS_LOGS` whose `ResourceArn` names the distribution
    /// feeds a delivery, by `DeliverySourceName` (the source's name or a `Ref` to it).
    private static func hasLoggingV2(
        _ distribution: ResolvedResource, in template: ResolvedTemplate,
        sources: [(template: ResolvedTemplate, resource: ResolvedResource)],
        deliveries: [(template: ResolvedTemplate, resource: ResolvedResource)]
    ) -> Bool {
        for source in sources {
            let reader = PropertyReader(source.resource, file: source.template.file)
            guard reader.string("LogType")?.value == "ACCESS_LOGS",
                let arn = reader.identifier("ResourceArn")?.value,
                arn.link?.logicalID == distribution.logicalID && source.template.file == template.file
                    || (arn.literal?.contains(distribution.logicalID) ?? false)
            else { continue }
            let name = reader.string("Name")?.value
            for delivery in deliveries {
                let target = PropertyReader(delivery.resource, file: delivery.template.file).identifier(
                    "DeliverySourceName")?.value
                if let target, target.literal == name || target.link?.logicalID == source.resource.logicalID {
                    return true
                }
            }
        }
        return false
    }
}
