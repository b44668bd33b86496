/// A link to another resource of the same scan, for values known only after deployment
/// (`Ref X`, `Fn::GetAtt X.Arn`) whose target is nevertheless known.
///
/// The model cannot import the template module, so it keeps its own copy of the target's
/// identity. Adapters use links to fold resources together (a flow log onto its VPC, a
/// bucket policy into its bucket); rules use them to tell "set to some resource" from "absent".
public struct ResourceLink: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The template file that declares the target.
    public var file: String
    /// The target's logical ID.
    public var logicalID: String
    /// The attribute (`Arn`, `GroupId`), or nil for `Ref`.
    public var attribute: String?

    /// Creates a link.
    public init(file: String, logicalID: String, attribute: String? = nil) {
        self.file = file
        self.logicalID = logicalID
        self.attribute = attribute
    }

    public var description: String {
        attribute.map { "\(logicalID).\($0)" } ?? logicalID
    }
}
