/// The lab's instances with, in the hardened profile, their launch template (IMDSv2 only),
/// instance role and profile and one `NetworkPacketsIn` alarm each. Hardened instances get no
/// public address: the public subnets stop mapping them and no Elastic IP is attached, so the
/// hosts are managed through Systems Manager, the role's purpose.
struct LabCompute: Sendable {
    let instances: [Instance]
    let resources: [any Construct]

    init(_ context: LabContext, hosts: [LabHost], securityGroupID: Token, instanceType: Token, keyName: Token?) {
        let isHardened = context.profile == .hardened
        var resources: [any Construct] = []

        // Hardened: one role (managed through Systems Manager) and one launch template for every host.
        var profile: InstanceProfile?
        var launchTemplate: LaunchTemplate?
        if isHardened {
            let role = IAMRole(
                "InstanceRole", description: "Lets the lab instance be managed through AWS Systems Manager",
                assumeRolePolicy: .assumeRole(by: "ec2.amazonaws.com"),
                policies: [(name: "systems-manager-agent", document: Self.systemsManagerAgentPolicy)])
            let instanceProfile = InstanceProfile("InstanceProfile", roles: [role.ref])
            let template = LaunchTemplate(
                "LabLaunchTemplate", metadataOptions: .tokensRequired,
                tags: [.name(context.named("ec2-launch-template"))])
            resources += [role, instanceProfile, template] as [any Construct]
            profile = instanceProfile
            launchTemplate = template
        }

        var instances: [Instance] = []
        var alarms: [CloudWatchAlarm] = []
        for host in hosts {
            let instance = Instance(
                host.logicalID, imageID: host.imageID, instanceType: instanceType, keyName: keyName,
                iamInstanceProfile: profile?.ref,
                launchTemplate: launchTemplate.map { ($0.ref, $0.latestVersionNumber) }, subnetID: host.subnetID,
                securityGroupIDs: [securityGroupID], ebsOptimized: isHardened ? true : nil,
                monitoring: isHardened ? true : nil, metadataOptions: isHardened ? .tokensRequired : nil,
                blockDeviceMappings: [
                    BlockDeviceMapping(
                        deviceName: host.isWindows ? "/dev/sda1" : "/dev/xvda", volumeSize: host.isWindows ? 30 : 8,
                        encrypted: isHardened ? true : nil)
                ],
                tags: [.name(host.name)])
            instances.append(instance)
            resources.append(instance)
            if isHardened {
                alarms.append(Self.packetsInAlarm(for: instance))
            }
        }
        self.instances = instances
        self.resources = resources + alarms as [any Construct]
    }

    /// The permissions the Systems Manager agent needs, written inline rather than as the managed
    /// `AmazonSSMManagedInstanceCore` policy, which the local emulator does not have. The agent's
    /// channel and message actions support no resource-level permission, so they are granted on `*`.
    static let systemsManagerAgentPolicy = PolicyDocument([
        PolicyStatement(
            sid: "SystemsManagerAgentChannels",
            actions: [
                "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel",
                "ssmmessages:OpenDataChannel", "ec2messages:GetMessages", "ec2messages:AcknowledgeMessage",
                "ec2messages:SendReply",
            ],
            resources: ["*"]),
        PolicyStatement(
            sid: "SystemsManagerAgentStatus", actions: ["ssm:UpdateInstanceInformation"],
            resources: [.sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/*")]),
    ])

    /// Builds the lab's alarm: more than 1000 packets received in one five-minute datapoint, named
    /// `alarm-packetsIn-<instance ID>`.
    static func packetsInAlarm(for instance: Instance) -> CloudWatchAlarm {
        CloudWatchAlarm(
            "\(instance.logicalID)PacketsInAlarm", alarmName: .sub("alarm-packetsIn-${\(instance.logicalID)}"),
            alarmDescription: "More than 1000 packets received in 5 minutes", metricName: "NetworkPacketsIn",
            instanceID: instance.ref, statistic: "Sum", period: 300, evaluationPeriods: 1, datapointsToAlarm: 1,
            threshold: 1000, comparisonOperator: "GreaterThanThreshold")
    }
}
