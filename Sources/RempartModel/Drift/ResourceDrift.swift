/// One difference between a template and the live account that claims to deploy it.
public struct ResourceDrift: Hashable, Sendable, Codable {
    /// What kind of difference it is.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The template declares the resource, but the account has no matching one.
        case missing
        /// The account has the resource, but no template describes it.
        case unmanaged
        /// Both have the resource, and a property differs.
        case modified
    }

    public var kind: Kind
    /// The CloudFormation type, such as `AWS::EC2::Subnet`.
    public var type: String
    /// The template resource's logical ID, for missing and modified resources.
    public var logicalID: String?
    /// The template file, for missing and modified resources.
    public var file: String?
    /// The live resource's ID, for unmanaged and modified resources.
    public var resourceID: String?
    /// The property that differs, such as `MapPublicIpOnLaunch`, for modified resources.
    public var property: String?
    /// The template's value, for modified resources.
    public var expected: String?
    /// The live value, for modified resources.
    public var actual: String?

    /// Creates a drift entry.
    public init(
        kind: Kind, type: String, logicalID: String? = nil, file: String? = nil, resourceID: String? = nil,
        property: String? = nil, expected: String? = nil, actual: String? = nil
    ) {
        self.kind = kind
        self.type = type
        self.logicalID = logicalID
        self.file = file
        self.resourceID = resourceID
        self.property = property
        self.expected = expected
        self.actual = actual
    }
}
