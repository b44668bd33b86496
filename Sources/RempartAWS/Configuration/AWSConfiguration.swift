import Foundation

/// The settings every call needs: region, credentials, endpoints and retry policy.
///
/// Build one with `resolve(options:environment:)`, which follows the AWS CLI's precedence, or
/// directly in tests.
public struct AWSConfiguration: Sendable {
    /// The region, such as `us-east-1`.
    public var region: String
    /// The credentials used to sign.
    public var credentials: AWSCredentials
    /// The endpoint for every service (`--endpoint-url`, `AWS_ENDPOINT_URL`, profile `endpoint_url`).
    public var endpointURL: URL?
    /// Endpoints for single services, keyed by `AWSService.environmentName` (`AWS_ENDPOINT_URL_S3`).
    public var serviceEndpoints: [String: URL]
    /// Attempts, backoff and timeout.
    public var retryPolicy: RetryPolicy
    /// The profile the settings came from.
    public var profile: String

    /// Creates a configuration.
    public init(
        region: String, credentials: AWSCredentials, endpointURL: URL? = nil, serviceEndpoints: [String: URL] = [:],
        retryPolicy: RetryPolicy = RetryPolicy(), profile: String = "default"
    ) {
        self.region = region
        self.credentials = credentials
        self.endpointURL = endpointURL
        self.serviceEndpoints = serviceEndpoints
        self.retryPolicy = retryPolicy
        self.profile = profile
    }

    /// The endpoint for `service`: its own override, else the shared one, else AWS's public endpoint.
    public func endpoint(for service: AWSService) throws -> URL {
        if let url = serviceEndpoints[service.environmentName] ?? endpointURL { return url }
        let text = service.defaultEndpoint(region: region)
        guard let url = URL(string: text) else {
            throw AWSError.invalidEndpoint(value: text, source: "region '\(region)'")
        }
        return url
    }

    /// Checks that `value` is an absolute http(s) URL and returns it.
    static func parseEndpoint(_ value: String, source: String) throws -> URL {
        guard let url = URL(string: value), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https",
            url.host != nil
        else { throw AWSError.invalidEndpoint(value: value, source: source) }
        return url
    }
}
