import RempartModel
import RempartTemplate

/// Reads KMS keys and aliases.
enum KMSAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        for (template, resource) in input.resources(ofType: "AWS::KMS::Key") {
            let reader = PropertyReader(resource, file: template.file)
            var key = KMSKey(address: address(of: resource, in: template))
            key.isRotationEnabled = reader.bool("EnableKeyRotation", default: false)
            key.keySpec = reader.string("KeySpec", default: "SYMMETRIC_DEFAULT")
            key.keyUsage = reader.string("KeyUsage", default: "ENCRYPT_DECRYPT")
            key.isEnabled = reader.bool("Enabled", default: true)
            key.keyPolicy = reader.policyDocument("KeyPolicy")
            resources.append(key)
        }
        for (template, resource) in input.resources(ofType: "AWS::KMS::Alias") {
            let reader = PropertyReader(resource, file: template.file)
            var alias = KMSAlias(address: address(of: resource, in: template))
            alias.name = reader.optionalString("AliasName")
            alias.targetKey = reader.optionalIdentifier("TargetKeyId")
            resources.append(alias)
        }
        return resources
    }
}
