/// A DynamoDB global table (`AWS::DynamoDB::GlobalTable`).
public struct DynamoDBGlobalTable: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `Replicas[].PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled`, in order;
    /// AWS default false for each replica.
    public var replicaPointInTimeRecovery: [Resolved<Bool>]

    /// Creates a global table with no replicas, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        replicaPointInTimeRecovery = []
    }
}
