/// An Amazon Redshift cluster parameter group (`AWS::Redshift::ClusterParameterGroup`).
public struct RedshiftClusterParameterGroup: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The value of the `require_ssl` parameter, lower-cased, nil when not set (AWS default `false`).
    public var requireSSL: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, requireSSL: Resolved<String?>) {
        self.address = address
        self.requireSSL = requireSSL
    }
}
