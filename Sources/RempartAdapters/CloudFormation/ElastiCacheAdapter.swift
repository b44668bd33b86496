import RempartModel
import RempartTemplate

/// Reads Amazon ElastiCache replication groups, cache clusters and security groups.
enum ElastiCacheAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let groups: [any AWSResource] = input.resources(ofType: "AWS::ElastiCache::ReplicationGroup").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            let authenticates = properties.has("AuthToken") || properties.has("UserGroupIds")
            return ElastiCacheReplicationGroup(
                address: PropertyReader.address(of: resource),
                isAtRestEncryptionEnabled: properties.bool("AtRestEncryptionEnabled", default: false),
                isTransitEncryptionEnabled: properties.bool("TransitEncryptionEnabled", default: false),
                hasAuthentication: authenticates
                    ? .explicit(true, at: properties.origin) : .defaulted(false, at: properties.defaultOrigin))
        }
        let clusters: [any AWSResource] = input.resources(ofType: "AWS::ElastiCache::CacheCluster").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return ElastiCacheCacheCluster(
                address: PropertyReader.address(of: resource), engine: properties.optionalString("Engine"),
                nodeType: properties.optionalString("CacheNodeType"),
                snapshotRetentionLimit: properties.int("SnapshotRetentionLimit", default: 0))
        }
        let securityGroups: [any AWSResource] = input.resources(ofType: "AWS::ElastiCache::SecurityGroup").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return ElastiCacheSecurityGroup(
                address: PropertyReader.address(of: resource), description: properties.optionalString("Description"))
        }
        return groups + clusters + securityGroups
    }
}
