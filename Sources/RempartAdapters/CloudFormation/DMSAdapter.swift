import RempartModel
import RempartTemplate

/// Reads AWS DMS replication instances.
enum DMSAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let dmsReplicationInstances: [any AWSResource] = input.resources(ofType: "AWS::DMS::ReplicationInstance").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return DMSReplicationInstance(
                address: PropertyReader.address(of: resource),
                isPubliclyAccessible: properties.optionalBool("PubliclyAccessible"))
        }
        return dmsReplicationInstances
    }
}
