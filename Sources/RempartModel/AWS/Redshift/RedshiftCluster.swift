/// An Amazon Redshift cluster (`AWS::Redshift::Cluster`).
public struct RedshiftCluster: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether the cluster is encrypted (`Encrypted`, default false).
    public var isEncrypted: Resolved<Bool>
    /// The KMS key (`KmsKeyId`), nil when not set.
    public var kmsKeyID: Resolved<Identifier?>
    /// The subnet group that places the cluster in a VPC (`ClusterSubnetGroupName`), nil when not set.
    public var subnetGroupName: Resolved<Identifier?>
    /// Whether the cluster has a public address (`PubliclyAccessible`, default false).
    public var isPubliclyAccessible: Resolved<Bool>
    /// The bucket of the audit logs (`LoggingProperties.BucketName`), nil when not set.
    public var loggingBucket: Resolved<Identifier?>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, isEncrypted: Resolved<Bool>, kmsKeyID: Resolved<Identifier?>,
        subnetGroupName: Resolved<Identifier?>, isPubliclyAccessible: Resolved<Bool>,
        loggingBucket: Resolved<Identifier?>
    ) {
        self.address = address
        self.isEncrypted = isEncrypted
        self.kmsKeyID = kmsKeyID
        self.subnetGroupName = subnetGroupName
        self.isPubliclyAccessible = isPubliclyAccessible
        self.loggingBucket = loggingBucket
    }
}
