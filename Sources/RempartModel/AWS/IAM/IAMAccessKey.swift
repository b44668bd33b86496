/// An access key of an IAM user (`AWS::IAM::AccessKey`).
public struct IAMAccessKey: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `UserName`: the user's name or a link to the user resource.
    public var user: Resolved<Identifier>
    /// `Status`: `Active` (the AWS default) or `Inactive`.
    public var status: Resolved<String>

    /// Creates an access key.
    public init(address: ResourceAddress, user: Resolved<Identifier>, status: Resolved<String>) {
        self.address = address
        self.user = user
        self.status = status
    }
}
