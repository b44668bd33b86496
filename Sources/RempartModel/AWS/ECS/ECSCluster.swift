/// An Amazon ECS cluster (`AWS::ECS::Cluster`).
public struct ECSCluster: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The value of the `containerInsights` cluster setting (`enabled`, `enhanced`, `disabled`), nil when not set.
    public var containerInsights: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, containerInsights: Resolved<String?>) {
        self.address = address
        self.containerInsights = containerInsights
    }
}
