/// An Amazon MQ broker (`AWS::AmazonMQ::Broker`).
public struct MQBroker: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The engine (`EngineType`: `ACTIVEMQ` or `RABBITMQ`).
    public var engineType: Resolved<String?>
    /// Whether the broker has a public endpoint (`PubliclyAccessible`, required by CloudFormation, read as false when missing).
    public var isPubliclyAccessible: Resolved<Bool>
    /// Whether audit logs go to CloudWatch Logs (`Logs.Audit`, default false).
    public var isAuditLogEnabled: Resolved<Bool>
    /// Whether general logs go to CloudWatch Logs (`Logs.General`, default false).
    public var isGeneralLogEnabled: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, engineType: Resolved<String?>, isPubliclyAccessible: Resolved<Bool>,
        isAuditLogEnabled: Resolved<Bool>, isGeneralLogEnabled: Resolved<Bool>
    ) {
        self.address = address
        self.engineType = engineType
        self.isPubliclyAccessible = isPubliclyAccessible
        self.isAuditLogEnabled = isAuditLogEnabled
        self.isGeneralLogEnabled = isGeneralLogEnabled
    }
}
