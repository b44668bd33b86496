import RempartModel
import RempartTemplate

/// Reads RDS DB instances, clusters, parameter groups and DB security groups.
enum RDSAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        for (template, resource) in input.resources(ofType: "AWS::RDS::DBInstance") {
            resources.append(instance(PropertyReader(resource, file: template.file), address(of: resource, in: template)))
        }
        for (template, resource) in input.resources(ofType: "AWS::RDS::DBCluster") {
            resources.append(cluster(PropertyReader(resource, file: template.file), address(of: resource, in: template)))
        }
        for (template, resource) in input.resources(ofType: "AWS::RDS::DBParameterGroup") {
            let reader = PropertyReader(resource, file: template.file)
            var group = RDSDBParameterGroup(address: address(of: resource, in: template))
            group.family = reader.optionalString("Family")
            for entry in reader.node("Parameters")?.entries ?? [] {
                let value = PropertyReader(node: entry.value, defaultOrigin: reader.defaultOrigin, file: reader.file)
                group.parameters[entry.key] =
                    value.string() ?? .unresolved("parameter '\(entry.key)' has no value", at: .source(entry.keyLocation))
            }
            resources.append(group)
        }
        for (template, resource) in input.resources(ofType: "AWS::RDS::DBSecurityGroup") {
            let reader = PropertyReader(resource, file: template.file)
            var group = RDSDBSecurityGroup(address: address(of: resource, in: template))
            if case .known(let rules) = reader.elements("DBSecurityGroupIngress").state {
                group.ingressCIDRs = rules.compactMap { $0.string("CIDRIP") }
            }
            resources.append(group)
        }
        return resources
    }

    private static func instance(_ reader: PropertyReader, _ address: ResourceAddress) -> RDSDBInstance {
        var instance = RDSDBInstance(address: address)
        instance.engine = reader.optionalString("Engine")
        instance.cluster = reader.optionalIdentifier("DBClusterIdentifier")
        instance.sourceDBInstance = reader.optionalIdentifier("SourceDBInstanceIdentifier")
        instance.subnetGroup = reader.optionalIdentifier("DBSubnetGroupName")
        instance.isStorageEncrypted = reader.bool("StorageEncrypted", default: false)
        instance.kmsKeyID = reader.optionalIdentifier("KmsKeyId")
        instance.backupRetentionPeriod = reader.int("BackupRetentionPeriod", default: 1)
        instance.isPerformanceInsightsEnabled = reader.bool("EnablePerformanceInsights", default: false)
        instance.performanceInsightsKMSKeyID = reader.optionalIdentifier("PerformanceInsightsKMSKeyId")
        instance.isIAMAuthenticationEnabled = reader.bool("EnableIAMDatabaseAuthentication", default: false)
        instance.isDeletionProtectionEnabled = reader.bool("DeletionProtection", default: false)
        instance.isMultiAZ = reader.bool("MultiAZ", default: false)
        instance.monitoringInterval = reader.int("MonitoringInterval", default: 0)
        instance.isAutoMinorVersionUpgradeEnabled = reader.bool("AutoMinorVersionUpgrade", default: true)
        instance.cloudWatchLogsExports = reader.strings("EnableCloudwatchLogsExports") ?? .defaulted([], at: address.origin)
        instance.copiesTagsToSnapshot = reader.bool("CopyTagsToSnapshot", default: false)

        // Without PubliclyAccessible, AWS decides (CreateDBInstance API reference): Aurora
        // instances are private; others without a subnet group go to the default VPC, which has
        // an internet gateway, so they are public, and so are those in the subnet group named
        // `default`. With another subnet group it depends on that VPC's internet gateway, which
        // a template cannot always tell.
        if let explicit = reader.bool("PubliclyAccessible") {
            instance.isPubliclyAccessible = explicit
        } else if instance.isAurora.value == true {
            instance.isPubliclyAccessible = .defaulted(false, at: address.origin)
        } else {
            switch instance.subnetGroup.state {
            case .known(nil), .known(.literal("default")):
                instance.isPubliclyAccessible = .defaulted(true, at: address.origin)
            case .known(.some):
                instance.isPubliclyAccessible = .unresolved(
                    "PubliclyAccessible is not set, so AWS makes the instance public only if the VPC of its DB subnet group has an internet gateway",
                    at: address.origin)
            case .unknown(let reason):
                instance.isPubliclyAccessible = .unresolved(reason, at: address.origin)
            }
        }
        return instance
    }

    private static func cluster(_ reader: PropertyReader, _ address: ResourceAddress) -> RDSDBCluster {
        var cluster = RDSDBCluster(address: address)
        cluster.engine = reader.optionalString("Engine")
        cluster.isStorageEncrypted = reader.bool("StorageEncrypted", default: false)
        cluster.kmsKeyID = reader.optionalIdentifier("KmsKeyId")
        cluster.restoreSource =
            reader.has("SnapshotIdentifier")
            ? reader.optionalIdentifier("SnapshotIdentifier") : reader.optionalIdentifier("SourceDBClusterIdentifier")
        cluster.replicationSource = reader.optionalIdentifier("ReplicationSourceIdentifier")
        cluster.backupRetentionPeriod = reader.int("BackupRetentionPeriod", default: 1)
        cluster.isPerformanceInsightsEnabled = reader.bool("PerformanceInsightsEnabled", default: false)
        cluster.performanceInsightsKMSKeyID = reader.optionalIdentifier("PerformanceInsightsKmsKeyId")
        cluster.isIAMAuthenticationEnabled = reader.bool("EnableIAMDatabaseAuthentication", default: false)
        cluster.isDeletionProtectionEnabled = reader.bool("DeletionProtection", default: false)
        cluster.isPubliclyAccessible = reader.optionalBool("PubliclyAccessible")
        return cluster
    }
}
