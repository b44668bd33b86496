/// The services Rempart calls and their quirks, in one table.
///
/// Every service-specific rule (endpoint prefix, signing name, global endpoint, S3's path-style
/// addressing and path encoding) lives here, so no code tests a service name.
public struct AWSService: Sendable, Hashable {
    /// The host prefix, such as `ec2` or `monitoring`.
    public var endpointPrefix: String
    /// The name in the credential scope.
    public var signingName: String
    /// The name in `AWS_ENDPOINT_URL_<NAME>` and in a profile's `services` section.
    public var environmentName: String
    /// The wire protocol and API version.
    public var wireProtocol: AWSProtocol
    /// Whether one global endpoint serves every region (IAM), signed for `us-east-1`.
    public var isGlobal: Bool
    /// Whether the service follows S3's rules: buckets in the path (`/bucket/key`, the only
    /// addressing the client implements, and the one emulators need), the path signed as sent,
    /// and `x-amz-content-sha256` on every request.
    public var usesPathStyle: Bool

    /// The rule the signer uses to turn this service's paths into canonical URIs.
    public var signingPathStyle: SigV4Signer.PathStyle { usesPathStyle ? .asSent : .normalizedDoubleEncoded }

    /// Whether requests carry `x-amz-content-sha256`.
    public var sendsContentHash: Bool { usesPathStyle }

    /// Creates a service entry.
    public init(
        endpointPrefix: String, signingName: String? = nil, environmentName: String, wireProtocol: AWSProtocol,
        isGlobal: Bool = false, usesPathStyle: Bool = false
    ) {
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName ?? endpointPrefix
        self.environmentName = environmentName
        self.wireProtocol = wireProtocol
        self.isGlobal = isGlobal
        self.usesPathStyle = usesPathStyle
    }

    public static func == (lhs: AWSService, rhs: AWSService) -> Bool { lhs.endpointPrefix == rhs.endpointPrefix }
    public func hash(into hasher: inout Hasher) { hasher.combine(endpointPrefix) }

    public static let ec2 = AWSService(
        endpointPrefix: "ec2", environmentName: "EC2", wireProtocol: .ec2(version: "2016-11-15"))
    public static let s3 = AWSService(
        endpointPrefix: "s3", environmentName: "S3", wireProtocol: .restXML, usesPathStyle: true)
    public static let iam = AWSService(
        endpointPrefix: "iam", environmentName: "IAM", wireProtocol: .query(version: "2010-05-08"), isGlobal: true)
    public static let sts = AWSService(
        endpointPrefix: "sts", environmentName: "STS", wireProtocol: .query(version: "2011-06-15"))
    public static let cloudFormation = AWSService(
        endpointPrefix: "cloudformation", environmentName: "CLOUDFORMATION", wireProtocol: .query(version: "2010-05-15")
    )
    public static let cloudWatch = AWSService(
        endpointPrefix: "monitoring", environmentName: "CLOUDWATCH", wireProtocol: .query(version: "2010-08-01"))
    public static let kms = AWSService(
        endpointPrefix: "kms", environmentName: "KMS", wireProtocol: .json(version: "1.1", targetPrefix: "TrentService")
    )
    public static let cloudTrail = AWSService(
        endpointPrefix: "cloudtrail", environmentName: "CLOUDTRAIL",
        wireProtocol: .json(version: "1.1", targetPrefix: "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101"))
    public static let logs = AWSService(
        endpointPrefix: "logs", environmentName: "CLOUDWATCH_LOGS",
        wireProtocol: .json(version: "1.1", targetPrefix: "Logs_20140328"))
    public static let ssm = AWSService(
        endpointPrefix: "ssm", environmentName: "SSM", wireProtocol: .json(version: "1.1", targetPrefix: "AmazonSSM"))

    /// Every service in the table.
    public static let all: [AWSService] = [
        .cloudFormation, .cloudTrail, .cloudWatch, .ec2, .iam, .kms, .logs, .s3, .ssm, .sts,
    ]

    /// The region to sign for: `us-east-1` for global services, else `region`.
    public func signingRegion(for region: String) -> String {
        isGlobal ? "us-east-1" : region
    }

    /// The default public endpoint in `region` (`https://iam.amazonaws.com` for IAM).
    public func defaultEndpoint(region: String) -> String {
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        return isGlobal ? "https://\(endpointPrefix).\(suffix)" : "https://\(endpointPrefix).\(region).\(suffix)"
    }
}
