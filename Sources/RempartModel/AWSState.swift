/// The AWS resources of one input (a set of templates, a Swift definition or a live account),
/// as typed values that the rules read.
///
/// Adapters fill it from templates, collectors from a live account. Each attribute is a
/// `Resolved` value that records where it came from.
public struct AWSState: Sendable {
    public init() {}
}
