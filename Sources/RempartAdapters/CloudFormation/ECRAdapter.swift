import RempartModel
import RempartTemplate

/// Reads Amazon ECR repositories, with their repository policy.
enum ECRAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::ECR::Repository").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            let encryption = properties.child("EncryptionConfiguration")
            return ECRRepository(
                address: PropertyReader.address(of: resource),
                scansOnPush: properties.bool("ImageScanningConfiguration", "ScanOnPush", default: false),
                imageTagMutability: properties.string("ImageTagMutability", default: "MUTABLE"),
                encryptionType: encryption.string("EncryptionType", default: "AES256"),
                kmsKey: encryption.optionalIdentifier("KmsKey"),
                policy: properties.policyDocument("RepositoryPolicyText"))
        }
    }
}
