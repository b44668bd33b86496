/// A CloudTrail trail (`AWS::CloudTrail::Trail`).
public struct CloudTrailTrail: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `TrailName`.
    public var name: Resolved<String?>
    /// `IsMultiRegionTrail`; AWS default false.
    public var isMultiRegion: Resolved<Bool>
    /// `EnableLogFileValidation`; AWS default false.
    public var isLogFileValidationEnabled: Resolved<Bool>
    /// `KMSKeyId`; without it, logs use SSE-S3.
    public var kmsKeyID: Resolved<Identifier?>
    /// `CloudWatchLogsLogGroupArn`.
    public var cloudWatchLogsLogGroupARN: Resolved<Identifier?>
    /// `S3BucketName`, a bucket name or a link to a bucket of the scan.
    public var s3Bucket: Resolved<Identifier?>
    /// `IsLogging`, required by CloudFormation.
    public var isLogging: Resolved<Bool?>
    /// `IsOrganizationTrail`; AWS default false.
    public var isOrganizationTrail: Resolved<Bool>
    /// `EventSelectors`.
    public var eventSelectors: [CloudTrailEventSelector]
    /// Whether `AdvancedEventSelectors` is set.
    public var hasAdvancedEventSelectors: Bool

    /// Creates a trail with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        name = .defaulted(nil, at: origin)
        isMultiRegion = .defaulted(false, at: origin)
        isLogFileValidationEnabled = .defaulted(false, at: origin)
        kmsKeyID = .defaulted(nil, at: origin)
        cloudWatchLogsLogGroupARN = .defaulted(nil, at: origin)
        s3Bucket = .defaulted(nil, at: origin)
        isLogging = .defaulted(nil, at: origin)
        isOrganizationTrail = .defaulted(false, at: origin)
        eventSelectors = []
        hasAdvancedEventSelectors = false
    }
}
