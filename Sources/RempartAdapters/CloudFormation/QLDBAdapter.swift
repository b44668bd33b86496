import RempartModel
import RempartTemplate

/// Reads Amazon QLDB ledgers.
enum QLDBAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let qldbLedgers: [any AWSResource] = input.resources(ofType: "AWS::QLDB::Ledger").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return QLDBLedger(
                address: PropertyReader.address(of: resource),
                permissionsMode: properties.optionalString("PermissionsMode"),
                isDeletionProtected: properties.bool("DeletionProtection", default: true))
        }
        return qldbLedgers
    }
}
