/// The names and ARNs of the hardened storage that are known before deployment.
struct LabStorageNames: Sendable {
    let bucketName: Token
    let bucketARN: Token
    let replicaBucketName: Token
    let logBucketName: Token
    let trailName: Token
    let trailARN: Token
    let trailLogGroupName: Token
    let trailLogGroupARN: Token

    init(_ context: LabContext) {
        // Bucket names are global, so they carry the account and the region.
        bucketName = context.named("bucket-${AWS::AccountId}-${AWS::Region}")
        bucketARN = bucketName.prefixed("arn:${AWS::Partition}:s3:::")
        replicaBucketName = context.named("bucket-replica-${AWS::AccountId}-${AWS::Region}")
        logBucketName = context.named("bucket-logs-${AWS::AccountId}-${AWS::Region}")
        trailName = context.named("trail")
        trailARN = trailName.prefixed("arn:${AWS::Partition}:cloudtrail:${AWS::Region}:${AWS::AccountId}:trail/")
        trailLogGroupName = context.named("trail").prefixed("/aws/cloudtrail/")
        trailLogGroupARN = trailLogGroupName.prefixed(
            "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:")
    }
}
