/// Every rule Rempart runs, sorted by ID.
///
/// Rules are listed here explicitly rather than registered by side effect; a test checks the
/// list is sorted, has unique IDs and matches the files under `Rules/`.
public enum AllRules {
    /// The rules, sorted by ID.
    public static let rules: [any Rule] = [
        AthenaWorkGroupEncryptsResults(),  // AVD-AWS-0006
        AthenaWorkGroupEnforcesConfiguration(),  // AVD-AWS-0007
        LaunchConfigurationEncryptsVolumes(),  // AVD-AWS-0008
        LaunchConfigurationHasNoPublicIP(),  // AVD-AWS-0009
        CodeBuildProjectEncryptsArtifacts(),  // AVD-AWS-0018
        ConfigAggregatorCoversAllRegions(),  // AVD-AWS-0019
        DocDBClusterExportsLogs(),  // AVD-AWS-0020
        DocDBClusterEncryptsStorage(),  // AVD-AWS-0021
        DocDBClusterUsesCustomerKey(),  // AVD-AWS-0022
        VolumeIsEncrypted(),  // AVD-AWS-0026
        VolumeUsesCustomerManagedKey(),  // AVD-AWS-0027
        InstanceRequiresIMDSTokens(),  // AVD-AWS-0028
        InstanceUserDataHasNoSecrets(),  // AVD-AWS-0029
        ECRRepositoryScansOnPush(),  // AVD-AWS-0030
        ECRRepositoryHasImmutableTags(),  // AVD-AWS-0031
        ECRRepositoryIsNotPublic(),  // AVD-AWS-0032
        ECRRepositoryUsesCustomerKey(),  // AVD-AWS-0033
        ECSClusterHasContainerInsights(),  // AVD-AWS-0034
        ECSTaskDefinitionEncryptsEFSTraffic(),  // AVD-AWS-0035
        ECSTaskDefinitionHasNoPlaintextSecrets(),  // AVD-AWS-0036
        EFSFileSystemIsEncrypted(),  // AVD-AWS-0037
        EKSClusterLogsControlPlane(),  // AVD-AWS-0038
        EKSClusterEncryptsSecrets(),  // AVD-AWS-0039
        EKSClusterHasNoPublicEndpoint(),  // AVD-AWS-0040
        EKSClusterLimitsPublicEndpointCIDRs(),  // AVD-AWS-0041
        ElasticsearchDomainLogsAudit(),  // AVD-AWS-0042
        ElasticsearchDomainEncryptsNodeTraffic(),  // AVD-AWS-0043
        ElastiCacheReplicationGroupEncryptsAtRest(),  // AVD-AWS-0045
        ElasticsearchDomainEnforcesHTTPS(),  // AVD-AWS-0046
        ElasticsearchDomainEncryptsAtRest(),  // AVD-AWS-0048
        ElastiCacheSecurityGroupHasDescription(),  // AVD-AWS-0049
        ElastiCacheRedisClusterKeepsBackups(),  // AVD-AWS-0050
        ElastiCacheReplicationGroupEncryptsInTransit(),  // AVD-AWS-0051
        KinesisStreamUsesCustomerKey(),  // AVD-AWS-0064
        MQBrokerLogsAudit(),  // AVD-AWS-0070
        MQBrokerLogsGeneral(),  // AVD-AWS-0071
        MQBrokerIsNotPublic(),  // AVD-AWS-0072
        MSKClusterEncryptsClientTraffic(),  // AVD-AWS-0073
        MSKClusterLogsBrokers(),  // AVD-AWS-0074
        NeptuneClusterExportsAuditLogs(),  // AVD-AWS-0075
        NeptuneClusterEncryptsStorage(),  // AVD-AWS-0076
        RedshiftSecurityGroupHasDescription(),  // AVD-AWS-0083
        RedshiftClusterUsesCustomerKey(),  // AVD-AWS-0084
        RedshiftSecurityGroupIsNotUsed(),  // AVD-AWS-0085
        BucketBlocksPublicACLs(),  // AVD-AWS-0086
        BucketBlocksPublicPolicy(),  // AVD-AWS-0087
        BucketIsEncrypted(),  // AVD-AWS-0088
        BucketHasAccessLogging(),  // AVD-AWS-0089
        BucketHasVersioning(),  // AVD-AWS-0090
        BucketIgnoresPublicACLs(),  // AVD-AWS-0091
        BucketHasNoPublicACL(),  // AVD-AWS-0092
        BucketRestrictsPublicAccess(),  // AVD-AWS-0093
        BucketHasPublicAccessBlock(),  // AVD-AWS-0094
        SecretsManagerSecretUsesCustomerKey(),  // AVD-AWS-0098
        SecurityGroupHasDescription(),  // AVD-AWS-0099
        NetworkACLRestrictsProtocols(),  // AVD-AWS-0102
        SecurityGroupRestrictsEgress(),  // AVD-AWS-0104
        NetworkACLBlocksPublicAdminIngress(),  // AVD-AWS-0105
        SecurityGroupBlocksPublicAdminIngress(),  // AVD-AWS-0107
        WorkSpacesWorkspaceEncryptsVolumes(),  // AVD-AWS-0109
        SAMApiEncryptsCache(),  // AVD-AWS-0110
        SAMApiHasTracing(),  // AVD-AWS-0111
        SAMApiDomainUsesTLS12(),  // AVD-AWS-0112
        SAMApiLogsAccess(),  // AVD-AWS-0113
        SAMFunctionPolicyHasNoWildcards(),  // AVD-AWS-0114
        SAMHttpApiLogsAccess(),  // AVD-AWS-0116
        SAMStateMachineHasTracing(),  // AVD-AWS-0117
        SAMStateMachineLogsExecutions(),  // AVD-AWS-0119
        SAMStateMachinePolicyHasNoWildcards(),  // AVD-AWS-0120
        SAMSimpleTableIsEncrypted(),  // AVD-AWS-0121
        LaunchConfigurationUserDataHasNoSecrets(),  // AVD-AWS-0122
        SecurityGroupRuleHasDescription(),  // AVD-AWS-0124
        SAMFunctionHasTracing(),  // AVD-AWS-0125
        ElasticsearchDomainUsesSecureTLSPolicy(),  // AVD-AWS-0126
        RedshiftClusterIsInVPC(),  // AVD-AWS-0127
        NeptuneClusterUsesCustomerKey(),  // AVD-AWS-0128
        LaunchTemplateUserDataHasNoSecrets(),  // AVD-AWS-0129
        LaunchConfigurationRequiresIMDSTokens(),  // AVD-AWS-0130
        InstanceEncryptsBlockDevices(),  // AVD-AWS-0131
        BucketUsesCustomerManagedKey(),  // AVD-AWS-0132
        SubnetDoesNotAssignPublicIPs(),  // AVD-AWS-0164
        BucketRequiresMFADelete(),  // AVD-AWS-0170
        BucketLogsObjectWrites(),  // AVD-AWS-0171
        BucketLogsObjectReads(),  // AVD-AWS-0172
        VPCHasFlowLogs(),  // AVD-AWS-0178
        MSKClusterEncryptsAtRest(),  // AVD-AWS-0179
        BucketNameIsDNSCompliant(),  // AVD-AWS-0320
        SecurityGroupBlocksPublicServicePorts(),  // RMP-AWS-0001
        InstanceHasNetworkAlarm(),  // RMP-AWS-0400
        TrailIsLogging(),  // RMP-AWS-0401
        FlowLogIsActive(),  // RMP-AWS-0402
        BucketPolicyDeniesInsecureTransport(),  // RMP-AWS-0403
    ]

    /// Returns the rule named `name` (ID, slug or alias), if any.
    public static func rule(named name: String) -> (any Rule)? {
        rules.first { $0.metadata.isNamed(name) }
    }
}
