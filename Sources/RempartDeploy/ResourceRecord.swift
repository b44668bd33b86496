/// One thing a deployment created or looked up: its type, physical ID and the attributes later steps need.
public struct ResourceRecord: Codable, Sendable, Equatable {
    /// The CloudFormation type of the resource, such as `AWS::EC2::VPC`, or `Rempart::Lookup` for a value read
    /// from AWS (an AMI ID, the account ID) that nothing has to delete.
    public var type: String
    /// The physical ID: a VPC ID, a bucket name, an ARN.
    public var id: String
    /// Other values later steps read, such as a NAT gateway's allocation ID.
    public var attributes: [String: String]

    /// Creates a record.
    public init(type: String, id: String, attributes: [String: String] = [:]) {
        self.type = type
        self.id = id
        self.attributes = attributes
    }

    /// Whether deleting the deployment has to remove this record's resource.
    public var isLookup: Bool { type == Self.lookupType }

    /// The type of records that hold values read from AWS rather than created resources.
    public static let lookupType = "Rempart::Lookup"
}
