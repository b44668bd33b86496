/// An AWS SAM state machine (`AWS::Serverless::StateMachine`), after `Globals.StateMachine` is merged in.
public struct SAMStateMachine: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether execution history is logged (`Logging.Level` other than `OFF`; false when not set).
    public var isLoggingEnabled: Resolved<Bool>
    /// Whether X-Ray tracing is on (`Tracing.Enabled`, default false).
    public var isTracingEnabled: Resolved<Bool>
    /// The policy documents written in `Policies`; managed policy names and SAM policy templates are left out.
    public var inlinePolicies: Resolved<[PolicyDocument]>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, isLoggingEnabled: Resolved<Bool>, isTracingEnabled: Resolved<Bool>,
        inlinePolicies: Resolved<[PolicyDocument]>
    ) {
        self.address = address
        self.isLoggingEnabled = isLoggingEnabled
        self.isTracingEnabled = isTracingEnabled
        self.inlinePolicies = inlinePolicies
    }
}
