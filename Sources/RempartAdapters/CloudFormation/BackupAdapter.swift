import RempartModel
import RempartTemplate

/// Reads AWS Backup vaults.
enum BackupAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::Backup::BackupVault").map { template, resource in
            var vault = BackupVault(address: address(of: resource, in: template))
            vault.encryptionKey = PropertyReader(resource, file: template.file).optionalIdentifier("EncryptionKeyArn")
            return vault
        }
    }
}
