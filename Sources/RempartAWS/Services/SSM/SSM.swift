/// Typed SSM Parameter Store reads (JSON 1.1), used to resolve public AMI parameters.
public struct SSM: Sendable {
    /// A parameter value.
    public struct Parameter: Sendable, Equatable, Decodable {
        /// The `Name` member of the response.
        public var name: String
        /// The `Value` member of the response.
        public var value: String
        /// `String`, `StringList` or `SecureString`.
        public var type: String
        /// The `Version` member of the response.
        public var version: Int?
        /// The `ARN` member of the response.
        public var arn: String?

        enum CodingKeys: String, CodingKey {
            case name = "Name", value = "Value", type = "Type", version = "Version", arn = "ARN"
        }
    }

    /// The client that signs and sends calls.
    public var client: AWSClient

    /// Creates the SSM client.
    public init(client: AWSClient) {
        self.client = client
    }

    /// Reads one parameter (`GetParameter`), such as
    /// `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64`.
    public func parameter(_ name: String, withDecryption: Bool = false) async throws -> Parameter {
        struct Response: Decodable {
            var Parameter: Parameter
        }
        return try await client.json(
            .ssm, "GetParameter", ["Name": .string(name), "WithDecryption": .bool(withDecryption)], as: Response.self
        ).Parameter
    }

    /// Reads up to 10 parameters and returns those found and the names that were not (`GetParameters`).
    public func parameters(_ names: [String]) async throws -> (found: [Parameter], invalid: [String]) {
        struct Response: Decodable {
            var Parameters: [Parameter]?
            var InvalidParameters: [String]?
        }
        let response = try await client.json(
            .ssm, "GetParameters", ["Names": .array(names.map { .string($0) })], as: Response.self)
        return (response.Parameters ?? [], response.InvalidParameters ?? [])
    }
}
