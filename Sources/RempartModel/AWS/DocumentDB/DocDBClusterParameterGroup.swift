/// An Amazon DocumentDB cluster parameter group (`AWS::DocDB::DBClusterParameterGroup`).
public struct DocDBClusterParameterGroup: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The `tls` parameter (`enabled`, `disabled`, …), nil when not set (AWS default `enabled`).
    public var tls: Resolved<String?>
    /// The `audit_logs` parameter (`enabled`, `all`, `ddl`, …), nil when not set (AWS default `disabled`).
    public var auditLogs: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, tls: Resolved<String?>, auditLogs: Resolved<String?>) {
        self.address = address
        self.tls = tls
        self.auditLogs = auditLogs
    }
}
