/// An AWS Glue crawler, development endpoint or job (`AWS::Glue::Crawler`, `AWS::Glue::DevEndpoint`, `AWS::Glue::Job`).
public struct GlueComponent: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The security configuration (`CrawlerSecurityConfiguration` for crawlers, `SecurityConfiguration` otherwise), nil when not set.
    public var securityConfiguration: Resolved<Identifier?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, securityConfiguration: Resolved<Identifier?>) {
        self.address = address
        self.securityConfiguration = securityConfiguration
    }
}
