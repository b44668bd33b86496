import RempartModel
import RempartTemplate

/// Reads Secrets Manager secrets and Systems Manager parameters.
enum SSMAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let secretsManagerSecrets: [any AWSResource] = input.resources(ofType: "AWS::SecretsManager::Secret").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return SecretsManagerSecret(
                address: PropertyReader.address(of: resource),
                kmsKeyID: properties.optionalIdentifier("KmsKeyId"))
        }
        let sSMParameters: [any AWSResource] = input.resources(ofType: "AWS::SSM::Parameter").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return SSMParameter(
                address: PropertyReader.address(of: resource),
                name: properties.optionalString("Name"),
                value: properties.optionalString("Value"))
        }
        return secretsManagerSecrets + sSMParameters
    }
}
