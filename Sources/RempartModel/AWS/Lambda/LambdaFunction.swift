/// A Lambda function (`AWS::Lambda::Function`, or a SAM `AWS::Serverless::Function`).
public struct LambdaFunction: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `FunctionName`.
    public var name: Resolved<String?>
    /// `Runtime`, such as `python3.12`; absent for container images.
    public var runtime: Resolved<String?>
    /// `TracingConfig.Mode` (`Tracing` in SAM): `Active` or `PassThrough` (the AWS default).
    public var tracingMode: Resolved<String>
    /// Whether `TracingConfig` is present, because trivy reads the mode only then.
    public var hasTracingConfig: Bool
    /// `Environment`: nil when absent, unresolved when it cannot be read.
    public var environment: Resolved<[EnvironmentVariable]?>
    /// `KmsKeyArn`: the key of the environment variables; without it, an AWS managed key.
    public var kmsKeyARN: Resolved<Identifier?>
    /// `ReservedConcurrentExecutions`.
    public var reservedConcurrentExecutions: Resolved<Int?>
    /// `DeadLetterConfig.TargetArn` (`DeadLetterQueue.TargetArn` in SAM).
    public var deadLetterTarget: Resolved<Identifier?>
    /// Whether `VpcConfig` is set.
    public var hasVPCConfig: Resolved<Bool>

    /// One environment variable.
    public struct EnvironmentVariable: Hashable, Sendable {
        /// The variable name.
        public var name: String
        /// The value: a literal, a link to a resource of the scan (never a secret written in
        /// the template), or unresolved.
        public var value: Resolved<Identifier>

        /// Creates a variable.
        public init(name: String, value: Resolved<Identifier>) {
            self.name = name
            self.value = value
        }
    }

    /// Creates a function with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        name = .defaulted(nil, at: origin)
        runtime = .defaulted(nil, at: origin)
        tracingMode = .defaulted("PassThrough", at: origin)
        hasTracingConfig = false
        environment = .defaulted(nil, at: origin)
        kmsKeyARN = .defaulted(nil, at: origin)
        reservedConcurrentExecutions = .defaulted(nil, at: origin)
        deadLetterTarget = .defaulted(nil, at: origin)
        hasVPCConfig = .defaulted(false, at: origin)
    }
}
