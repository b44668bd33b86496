import RempartSupport

/// Where a value of the AWS state came from: a place in a template, or a live resource.
public enum Origin: Hashable, Sendable, Codable {
    /// A value read from a template file.
    case source(SourceLocation)
    /// A value read from a live account, named by the resource's ID or ARN.
    case live(resourceID: String, region: String?)

    /// The template location, when the value came from a template.
    public var sourceLocation: SourceLocation? {
        if case .source(let location) = self { return location }
        return nil
    }
}
