import Foundation
import RempartAWS

/// The typed clients a deployment uses, all sharing one `AWSClient`.
public struct AWSServices: Sendable {
    /// The shared client: configuration, transport and logger.
    public var client: AWSClient
    public var ec2: EC2
    public var s3: S3
    public var iam: IAM
    public var kms: KMS
    public var cloudTrail: CloudTrail
    public var cloudWatch: CloudWatch
    public var cloudFormation: CloudFormation
    public var logs: CloudWatchLogs
    public var ssm: SSM
    public var sts: STS

    /// Creates every client over `client`.
    public init(client: AWSClient) {
        self.client = client
        ec2 = EC2(client: client)
        s3 = S3(client: client)
        iam = IAM(client: client)
        kms = KMS(client: client)
        cloudTrail = CloudTrail(client: client)
        cloudWatch = CloudWatch(client: client)
        cloudFormation = CloudFormation(client: client)
        logs = CloudWatchLogs(client: client)
        ssm = SSM(client: client)
        sts = STS(client: client)
    }

    /// The region of every call.
    public var region: String { client.configuration.region }
}
