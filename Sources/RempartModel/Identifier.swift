/// A value that names another AWS resource: a literal (an ID, ARN or name written out) or a
/// link to a resource of the scan whose physical ID is only known after deployment.
public enum Identifier: Hashable, Sendable, CustomStringConvertible {
    /// A literal string, such as `sg-0123456789abcdef0` or `alias/aws/s3`.
    case literal(String)
    /// A resource of the scan, through `Ref` or `Fn::GetAtt`.
    case resource(ResourceLink)

    /// The literal text, or nil for a link.
    public var literal: String? {
        if case .literal(let text) = self { return text }
        return nil
    }

    /// The linked resource, or nil for a literal.
    public var link: ResourceLink? {
        if case .resource(let link) = self { return link }
        return nil
    }

    /// Whether the identifier is an empty literal, which AWS treats as not set.
    public var isEmpty: Bool { literal?.isEmpty ?? false }

    public var description: String {
        switch self {
        case .literal(let text): text
        case .resource(let link): link.description
        }
    }
}
