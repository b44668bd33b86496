/// A CloudWatch Logs log group (`AWS::Logs::LogGroup`).
public struct CloudWatchLogGroup: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `LogGroupName`.
    public var name: Resolved<String?>
    /// `KmsKeyId`; without it, logs are encrypted with a key CloudWatch Logs owns.
    public var kmsKeyID: Resolved<Identifier?>
    /// `RetentionInDays`; nil (the AWS default) keeps events forever.
    public var retentionInDays: Resolved<Int?>

    /// Creates a log group with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        name = .defaulted(nil, at: address.origin)
        kmsKeyID = .defaulted(nil, at: address.origin)
        retentionInDays = .defaulted(nil, at: address.origin)
    }
}
