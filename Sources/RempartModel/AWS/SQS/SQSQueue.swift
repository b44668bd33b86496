/// An SQS queue (`AWS::SQS::Queue`) with the policies of the `AWS::SQS::QueuePolicy`
/// resources that name it.
public struct SQSQueue: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `KmsMasterKeyId`: SSE-KMS with this key.
    public var kmsMasterKeyID: Resolved<Identifier?>
    /// `SqsManagedSseEnabled`: SSE-SQS. AWS enables it by default on new queues without a KMS
    /// key; an explicit false turns encryption off.
    public var isSQSManagedSSEEnabled: Resolved<Bool?>
    /// The `PolicyDocument` of each queue policy that lists this queue.
    public var policies: [Resolved<PolicyDocument?>]

    /// Creates a queue with nothing set, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        kmsMasterKeyID = .defaulted(nil, at: address.origin)
        isSQSManagedSSEEnabled = .defaulted(nil, at: address.origin)
        policies = []
    }
}
