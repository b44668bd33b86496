/// An AWS Glue security configuration (`AWS::Glue::SecurityConfiguration`).
public struct GlueSecurityConfiguration: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// `SSE-KMS` or `DISABLED` (`EncryptionConfiguration.CloudWatchEncryption.CloudWatchEncryptionMode`), nil when not set.
    public var cloudWatchEncryptionMode: Resolved<String?>
    /// `CSE-KMS` or `DISABLED` (`EncryptionConfiguration.JobBookmarksEncryption.JobBookmarksEncryptionMode`), nil when not set.
    public var jobBookmarksEncryptionMode: Resolved<String?>
    /// The mode of each entry of `EncryptionConfiguration.S3Encryptions` (`SSE-KMS`, `SSE-S3` or `DISABLED`), nil where not set.
    public var s3EncryptionModes: Resolved<[String?]>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, cloudWatchEncryptionMode: Resolved<String?>,
        jobBookmarksEncryptionMode: Resolved<String?>, s3EncryptionModes: Resolved<[String?]>
    ) {
        self.address = address
        self.cloudWatchEncryptionMode = cloudWatchEncryptionMode
        self.jobBookmarksEncryptionMode = jobBookmarksEncryptionMode
        self.s3EncryptionModes = s3EncryptionModes
    }
}
