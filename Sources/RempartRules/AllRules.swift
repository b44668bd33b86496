/// Every rule Rempart runs, sorted by ID.
///
/// Rules are listed here explicitly rather than registered by side effect; a test checks the
/// list is sorted, has unique IDs and matches the files under `Rules/`.
public enum AllRules {
    /// The rules, sorted by ID.
    public static let rules: [any Rule] = [
        LaunchConfigurationEncryptsVolumes(),  // AVD-AWS-0008
        LaunchConfigurationHasNoPublicIP(),  // AVD-AWS-0009
        VolumeIsEncrypted(),  // AVD-AWS-0026
        VolumeUsesCustomerManagedKey(),  // AVD-AWS-0027
        InstanceRequiresIMDSTokens(),  // AVD-AWS-0028
        InstanceUserDataHasNoSecrets(),  // AVD-AWS-0029
        BucketBlocksPublicACLs(),  // AVD-AWS-0086
        BucketBlocksPublicPolicy(),  // AVD-AWS-0087
        BucketIsEncrypted(),  // AVD-AWS-0088
        BucketHasAccessLogging(),  // AVD-AWS-0089
        BucketHasVersioning(),  // AVD-AWS-0090
        BucketIgnoresPublicACLs(),  // AVD-AWS-0091
        BucketHasNoPublicACL(),  // AVD-AWS-0092
        BucketRestrictsPublicAccess(),  // AVD-AWS-0093
        BucketHasPublicAccessBlock(),  // AVD-AWS-0094
        SecurityGroupHasDescription(),  // AVD-AWS-0099
        NetworkACLRestrictsProtocols(),  // AVD-AWS-0102
        SecurityGroupRestrictsEgress(),  // AVD-AWS-0104
        NetworkACLBlocksPublicAdminIngress(),  // AVD-AWS-0105
        SecurityGroupBlocksPublicAdminIngress(),  // AVD-AWS-0107
        LaunchConfigurationUserDataHasNoSecrets(),  // AVD-AWS-0122
        SecurityGroupRuleHasDescription(),  // AVD-AWS-0124
        LaunchTemplateUserDataHasNoSecrets(),  // AVD-AWS-0129
        LaunchConfigurationRequiresIMDSTokens(),  // AVD-AWS-0130
        InstanceEncryptsBlockDevices(),  // AVD-AWS-0131
        BucketUsesCustomerManagedKey(),  // AVD-AWS-0132
        SubnetDoesNotAssignPublicIPs(),  // AVD-AWS-0164
        BucketRequiresMFADelete(),  // AVD-AWS-0170
        VPCHasFlowLogs(),  // AVD-AWS-0178
        BucketNameIsDNSCompliant(),  // AVD-AWS-0320
        SecurityGroupBlocksPublicServicePorts(),  // RMP-AWS-0001
    ]

    /// Returns the rule named `name` (ID, slug or alias), if any.
    public static func rule(named name: String) -> (any Rule)? {
        rules.first { $0.metadata.isNamed(name) }
    }
}
