/// An Elastic IP address (`AWS::EC2::EIP`).
public struct ElasticIP: AWSResource {
    public var address: ResourceAddress
    /// `Domain`, such as `vpc`, when set.
    public var domain: Resolved<String>?
    /// `InstanceId`, when the address is associated with an instance.
    public var instance: Resolved<Identifier>?

    /// Creates an Elastic IP.
    public init(address: ResourceAddress, domain: Resolved<String>?, instance: Resolved<Identifier>?) {
        self.address = address
        self.domain = domain
        self.instance = instance
    }
}
