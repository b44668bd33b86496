/// Every rule Rempart runs, sorted by ID.
///
/// Rules are listed here explicitly rather than registered by side effect; a test checks the
/// list is sorted, has unique IDs and matches the files under `Rules/`.
public enum AllRules {
    /// The rules, sorted by ID.
    public static let rules: [any Rule] = [
        AthenaWorkGroupEncryptsResults(),
        AthenaWorkGroupEnforcesConfiguration(),
        CodeBuildProjectEncryptsArtifacts(),
        ConfigAggregatorCoversAllRegions(),
        DocDBClusterExportsLogs(),
        DocDBClusterEncryptsStorage(),
        DocDBClusterUsesCustomerKey(),
        ECRRepositoryScansOnPush(),
        ECRRepositoryHasImmutableTags(),
        ECRRepositoryIsNotPublic(),
        ECRRepositoryUsesCustomerKey(),
        ECSClusterHasContainerInsights(),
        ECSTaskDefinitionEncryptsEFSTraffic(),
        ECSTaskDefinitionHasNoPlaintextSecrets(),
        EFSFileSystemIsEncrypted(),
        EKSClusterLogsControlPlane(),
        EKSClusterEncryptsSecrets(),
        EKSClusterHasNoPublicEndpoint(),
        EKSClusterLimitsPublicEndpointCIDRs(),
        ElasticsearchDomainLogsAudit(),
        ElasticsearchDomainEncryptsNodeTraffic(),
        ElastiCacheReplicationGroupEncryptsAtRest(),
        ElasticsearchDomainEnforcesHTTPS(),
        ElasticsearchDomainEncryptsAtRest(),
        ElastiCacheSecurityGroupHasDescription(),
        ElastiCacheRedisClusterKeepsBackups(),
        ElastiCacheReplicationGroupEncryptsInTransit(),
        KinesisStreamUsesCustomerKey(),
        MQBrokerLogsAudit(),
        MQBrokerLogsGeneral(),
        MQBrokerIsNotPublic(),
        MSKClusterEncryptsClientTraffic(),
        MSKClusterLogsBrokers(),
        NeptuneClusterExportsAuditLogs(),
        NeptuneClusterEncryptsStorage(),
        RedshiftSecurityGroupHasDescription(),
        RedshiftClusterUsesCustomerKey(),
        RedshiftSecurityGroupIsNotUsed(),
        SecretsManagerSecretUsesCustomerKey(),
        WorkSpacesWorkspaceEncryptsVolumes(),
        SAMApiEncryptsCache(),
        SAMApiHasTracing(),
        SAMApiDomainUsesTLS12(),
        SAMApiLogsAccess(),
        SAMFunctionPolicyHasNoWildcards(),
        SAMHttpApiLogsAccess(),
        SAMStateMachineHasTracing(),
        SAMStateMachineLogsExecutions(),
        SAMStateMachinePolicyHasNoWildcards(),
        SAMSimpleTableIsEncrypted(),
        SAMFunctionHasTracing(),
        ElasticsearchDomainUsesSecureTLSPolicy(),
        RedshiftClusterIsInVPC(),
        NeptuneClusterUsesCustomerKey(),
        MSKClusterEncryptsAtRest(),
    ]

    /// Returns the rule named `name` (ID, slug or alias), if any.
    public static func rule(named name: String) -> (any Rule)? {
        rules.first { $0.metadata.isNamed(name) }
    }
}
