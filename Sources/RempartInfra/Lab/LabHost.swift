/// One instance of the lab: where it runs and what it is called.
struct LabHost: Sendable {
    /// The logical ID, such as `LabInstance`.
    var logicalID: String
    /// The `Name` tag.
    var name: Token
    var subnetID: Token
    var imageID: Token
    /// Whether the host serves the Internet from a public subnet, and so gets an Elastic IP
    /// once public subnets stop mapping public IPs.
    var isPublic: Bool
}
