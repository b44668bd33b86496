import RempartAWS
import RempartSupport

/// `AWS::S3::BucketPolicy`: `PutBucketPolicy`; removed with its bucket, which deletes its policy first.
struct BucketPolicyProvisioner: Provisioner {
    var resourceType: String { "AWS::S3::BucketPolicy" }
    var noun: ResourceNoun { ResourceNoun("bucket policy", fr: FrenchNoun("politique de compartiment", .feminine)) }
    var deletes: Bool { false }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let bucket = try properties.requiredText("Bucket", of: input.logicalID)
        guard let document = properties["PolicyDocument"] else {
            throw DeployError.unresolvedProperty(logicalID: input.logicalID, property: "PolicyDocument", reason: "it is missing")
        }
        try await input.context.services.s3.putBucketPolicy(bucket, policy: document.json)
        return ResourceRecord(type: resourceType, id: bucket)
    }

    /// Returns nil, so the policy is applied again after a lost state: `PutBucketPolicy` replaces it.
    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? { nil }
}
