/// The context of a failed AWS call: service, operation, HTTP status, AWS error code, message, request ID.
public struct AWSErrorContext: Sendable, Equatable {
    /// The endpoint prefix of the service, such as `ec2`.
    public var service: String
    /// The operation, such as `DescribeVpcs`.
    public var operation: String
    /// The HTTP status of the response.
    public var statusCode: Int
    /// The AWS error code, such as `InvalidVpcID.NotFound`.
    public var code: String
    /// The message AWS wrote.
    public var message: String
    /// The request ID to quote to AWS support, when the response carries one.
    public var requestID: String?

    /// Creates a context.
    public init(service: String, operation: String, statusCode: Int, code: String, message: String, requestID: String?)
    {
        self.service = service
        self.operation = operation
        self.statusCode = statusCode
        self.code = code
        self.message = message
        self.requestID = requestID
    }
}
