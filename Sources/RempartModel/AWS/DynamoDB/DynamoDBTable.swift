/// A DynamoDB table (`AWS::DynamoDB::Table`) or one replica of a global table.
public struct DynamoDBTable: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `SSESpecification.SSEEnabled`: true means a KMS key (AWS managed or customer managed);
    /// false, the AWS default, means a key DynamoDB owns.
    public var isSSEEnabled: Resolved<Bool>
    /// `SSESpecification.KMSMasterKeyId`; without it, the AWS managed key `alias/aws/dynamodb`.
    public var kmsMasterKeyID: Resolved<Identifier?>
    /// `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled`; AWS default false.
    public var isPointInTimeRecoveryEnabled: Resolved<Bool>
    /// `DeletionProtectionEnabled`; AWS default false.
    public var isDeletionProtectionEnabled: Resolved<Bool>

    /// Creates a table with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        isSSEEnabled = .defaulted(false, at: origin)
        kmsMasterKeyID = .defaulted(nil, at: origin)
        isPointInTimeRecoveryEnabled = .defaulted(false, at: origin)
        isDeletionProtectionEnabled = .defaulted(false, at: origin)
    }
}
