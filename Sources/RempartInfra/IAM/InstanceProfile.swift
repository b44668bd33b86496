import RempartTemplate

/// An `AWS::IAM::InstanceProfile` that hands a role to EC2 instances.
public struct InstanceProfile: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::IAM::InstanceProfile" }
    public var attributes = ResourceAttributes()
    /// The role names, usually `[role.ref]`.
    public var roles: [Token]

    /// Creates an instance profile.
    public init(_ logicalID: String, roles: [Token]) {
        self.logicalID = logicalID
        self.roles = roles
    }

    public var properties: Node { .map([("Roles", .list(roles.map(\.node)))]) }
}
