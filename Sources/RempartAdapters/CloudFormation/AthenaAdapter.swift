import RempartModel
import RempartTemplate

/// Reads Amazon Athena workgroups.
enum AthenaAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::Athena::WorkGroup").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            let configuration = properties.child("WorkGroupConfiguration")
            return AthenaWorkGroup(
                address: PropertyReader.address(of: resource),
                encryptionOption: configuration.optionalString(
                    "ResultConfiguration", "EncryptionConfiguration", "EncryptionOption"),
                enforcesWorkGroupConfiguration: configuration.bool("EnforceWorkGroupConfiguration", default: false))
        }
    }
}
