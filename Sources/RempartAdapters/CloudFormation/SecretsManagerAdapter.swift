import RempartModel
import RempartTemplate

/// Reads Secrets Manager secrets.
enum SecretsManagerAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::SecretsManager::Secret").map { template, resource in
            var secret = SecretsManagerSecret(address: address(of: resource, in: template))
            secret.kmsKeyID = PropertyReader(resource, file: template.file).optionalIdentifier("KmsKeyId")
            return secret
        }
    }
}
