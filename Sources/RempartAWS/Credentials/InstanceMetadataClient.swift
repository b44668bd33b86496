import Foundation
import RempartSupport

/// Reads the role credentials of an EC2 instance from the instance metadata service (IMDSv2).
///
/// Rempart contacts this service only when the user enables it (`--use-instance-metadata`).
/// Steps: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html
public struct InstanceMetadataClient: Sendable {
    /// The link-local address of the service on EC2, used only when enabled and not overridden.
    public static let defaultEndpoint = "http://169.254.169.254"

    /// The service's base URL.
    public var endpoint: String
    /// The HTTP layer.
    public var transport: any HTTPTransport
    /// Logs each step at debug; never the credentials.
    public var logger: Logger
    /// Seconds to wait for each response.
    public var timeout: TimeInterval

    /// Creates a client for `endpoint`.
    public init(endpoint: String, transport: any HTTPTransport, logger: Logger = .disabled, timeout: TimeInterval = 2) {
        self.endpoint = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        self.transport = transport
        self.logger = logger
        self.timeout = timeout
    }

    /// Fetches the credentials of the instance's role.
    ///
    /// - Throws: `AWSError.instanceMetadataFailed` when a step fails.
    public func credentials() async throws -> AWSCredentials {
        // 1. Get a session token.
        let tokenResponse = try await call(
            "PUT", "/latest/api/token", headers: [HTTPHeader("X-aws-ec2-metadata-token-ttl-seconds", "21600")])
        let token = String(decoding: tokenResponse, as: UTF8.self)
        let tokenHeader = HTTPHeader("X-aws-ec2-metadata-token", token)

        // 2. Find the role name.
        let roles = String(
            decoding: try await call("GET", "/latest/meta-data/iam/security-credentials/", headers: [tokenHeader]),
            as: UTF8.self)
        guard let role = roles.split(separator: "\n").first.map(String.init), !role.isEmpty else {
            throw AWSError.instanceMetadataFailed(endpoint: endpoint, reason: "the instance has no IAM role")
        }

        // 3. Read the role's credentials.
        let body = try await call("GET", "/latest/meta-data/iam/security-credentials/\(role)", headers: [tokenHeader])
        guard let document = try? JSONDecoder().decode(JSONValue.self, from: body),
            let key = document["AccessKeyId"]?.stringValue, let secret = document["SecretAccessKey"]?.stringValue
        else {
            throw AWSError.instanceMetadataFailed(
                endpoint: endpoint, reason: "the credentials document of role '\(role)' is invalid")
        }
        logger.debug("read credentials from instance metadata", metadata: ["aws.role": role, "aws.access_key_id": key])
        return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: document["Token"]?.stringValue)
    }

    private func call(_ method: String, _ path: String, headers: [HTTPHeader]) async throws -> Data {
        guard let url = URL(string: endpoint + path) else {
            throw AWSError.instanceMetadataFailed(endpoint: endpoint, reason: "invalid endpoint")
        }
        logger.debug("instance metadata request", metadata: ["http.method": method, "http.path": path])
        let response: HTTPResponse
        do {
            response = try await transport.send(
                HTTPRequest(method: method, url: url, headers: headers), timeout: timeout)
        } catch {
            throw AWSError.instanceMetadataFailed(endpoint: endpoint, reason: "\(method) \(path) failed: \(error)")
        }
        guard response.isSuccess else {
            throw AWSError.instanceMetadataFailed(
                endpoint: endpoint, reason: "\(method) \(path) returned HTTP \(response.status)")
        }
        return response.body
    }
}
