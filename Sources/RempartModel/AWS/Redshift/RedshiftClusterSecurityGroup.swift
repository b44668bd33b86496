/// An Amazon Redshift security group of EC2-Classic (`AWS::Redshift::ClusterSecurityGroup`).
public struct RedshiftClusterSecurityGroup: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The description (`Description`).
    public var description: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, description: Resolved<String?>) {
        self.address = address
        self.description = description
    }
}
