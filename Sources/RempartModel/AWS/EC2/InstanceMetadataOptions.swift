/// The instance metadata service (IMDS) settings of an instance, launch template or launch
/// configuration (`MetadataOptions`).
public struct InstanceMetadataOptions: Sendable {
    /// `HttpTokens`: `required` (IMDSv2 only) or `optional`, the AWS default.
    public var httpTokens: Resolved<String>
    /// `HttpEndpoint`: `enabled`, the AWS default, or `disabled`.
    public var httpEndpoint: Resolved<String>
    /// `HttpPutResponseHopLimit`, 1 by default.
    public var httpPutResponseHopLimit: Resolved<Int>

    /// Creates the options.
    public init(httpTokens: Resolved<String>, httpEndpoint: Resolved<String>, httpPutResponseHopLimit: Resolved<Int>) {
        self.httpTokens = httpTokens
        self.httpEndpoint = httpEndpoint
        self.httpPutResponseHopLimit = httpPutResponseHopLimit
    }

    /// Returns the AWS defaults (tokens optional, endpoint enabled), located at `origin`.
    public static func defaults(at origin: Origin) -> InstanceMetadataOptions {
        InstanceMetadataOptions(
            httpTokens: .defaulted("optional", at: origin), httpEndpoint: .defaulted("enabled", at: origin),
            httpPutResponseHopLimit: .defaulted(1, at: origin))
    }

    /// Returns options that cannot be known (for example from a launch template outside the scan).
    public static func unresolved(_ reason: String, at origin: Origin) -> InstanceMetadataOptions {
        InstanceMetadataOptions(
            httpTokens: .unresolved(reason, at: origin), httpEndpoint: .unresolved(reason, at: origin),
            httpPutResponseHopLimit: .unresolved(reason, at: origin))
    }
}
