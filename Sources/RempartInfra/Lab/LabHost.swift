/// One instance of the lab: where it runs and what it is called.
struct LabHost: Sendable {
    /// The logical ID, such as `LabInstance`.
    var logicalID: String
    /// The `Name` tag.
    var name: Token
    var subnetID: Token
    var imageID: Token
    /// Whether the host runs Windows Server, whose root device is `/dev/sda1` and needs 30 GiB.
    var isWindows = false
}
