/// An AWS Systems Manager parameter (`AWS::SSM::Parameter`).
public struct SSMParameter: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The parameter name (`Name`), nil when CloudFormation generates it.
    public var name: Resolved<String?>
    /// The parameter value (`Value`).
    public var value: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, name: Resolved<String?>, value: Resolved<String?>) {
        self.address = address
        self.name = name
        self.value = value
    }
}
