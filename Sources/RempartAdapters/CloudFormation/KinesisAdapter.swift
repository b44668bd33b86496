import RempartModel
import RempartTemplate

/// Reads Amazon Kinesis data streams.
enum KinesisAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::Kinesis::Stream").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            let encryption = properties.child("StreamEncryption")
            let type: Resolved<String?> =
                encryption.exists && !encryption.isUnknown
                ? encryption.string("EncryptionType", default: "KMS").map { Optional($0) }
                : encryption.optionalString("EncryptionType")
            return KinesisStream(
                address: PropertyReader.address(of: resource), encryptionType: type,
                kmsKeyID: encryption.optionalIdentifier("KeyId"))
        }
    }
}
