import RempartModel
import RempartTemplate

/// Reads Amazon EFS file systems.
enum EFSAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let efsFileSystems: [any AWSResource] = input.resources(ofType: "AWS::EFS::FileSystem").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return EFSFileSystem(
                address: PropertyReader.address(of: resource),
                isEncrypted: properties.bool("Encrypted", default: false))
        }
        return efsFileSystems
    }
}
