import Foundation
import RempartAWS

/// The four instances and, in the hardened profile, their role, instance profile and alarms.
extension LabDeploymentPlan {
    /// One of the lab's instances.
    struct Host: Sendable {
        /// The step ID, such as `linux-public-1`.
        var id: String
        /// The `Name` tag the lab gave it.
        var name: String
        var subnet: String
        var isLinux: Bool
        var isPublic: Bool
    }

    /// The lab's instances: Linux in the public subnets, Windows in the private ones.
    static let hosts = [
        Host(
            id: "linux-public-1", name: "tp4-linux-public-AZ1", subnet: "public-subnet-1", isLinux: true, isPublic: true
        ),
        Host(
            id: "linux-public-2", name: "tp4-linux-public-AZ2", subnet: "public-subnet-2", isLinux: true, isPublic: true
        ),
        Host(
            id: "windows-private-1", name: "tp4-windows-private-AZ1", subnet: "private-subnet-1", isLinux: false,
            isPublic: false),
        Host(
            id: "windows-private-2", name: "tp4-windows-private-AZ2", subnet: "private-subnet-2", isLinux: false,
            isPublic: false),
    ]

    var computeSteps: [DeploymentStep] {
        var steps: [DeploymentStep] = []
        if isHardened { steps += [instanceRoleStep, instanceProfileStep] }
        steps += Self.hosts.map(instanceStep)
        if isHardened { steps += Self.hosts.map(alarmStep) }
        return steps
    }

    /// The instance role's inline policy: what the Systems Manager agent needs, without a managed policy.
    ///
    /// The agent's channel and message actions support no resource-level permission, so they are
    /// granted on `*`; `ssm:UpdateInstanceInformation` is limited to instances.
    static let instanceRolePolicy = """
        {"Version":"2012-10-17","Statement":[{"Sid":"SystemsManagerAgentChannels","Effect":"Allow","Action":[\
        "ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel",\
        "ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel","ec2messages:GetMessages",\
        "ec2messages:AcknowledgeMessage","ec2messages:SendReply"],"Resource":"*"},\
        {"Sid":"SystemsManagerAgentStatus","Effect":"Allow","Action":"ssm:UpdateInstanceInformation",\
        "Resource":"arn:aws:ec2:*:*:instance/*"}]}
        """

    /// Returns a trust policy that lets `service` assume a role.
    static func trustPolicy(_ service: String) -> String {
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"\(service)"},\
        "Action":"sts:AssumeRole"}]}
        """
    }

    private var instanceRoleStep: DeploymentStep {
        roleStep(
            id: "instance-role", title: "Create instance role", service: "ec2.amazonaws.com", suffix: "instance-role",
            policyName: "systems-manager-agent", policy: { _ in Self.instanceRolePolicy })
    }

    /// Returns the step of a role with one inline policy. Deleting the role removes its inline policies first.
    func roleStep(
        id: String, title: String, service: String, suffix: String, dependencies: [String] = [],
        policyName: String, policy: @escaping @Sendable (StepContext) async throws -> String
    ) -> DeploymentStep {
        DeploymentStep(
            id: id, title: title, resourceType: "AWS::IAM::Role", dependencies: dependencies,
            create: { context in
                let iam = context.services.iam
                let name = "\(context.namePrefix)-\(suffix)"
                let role = try await iam.createRole(
                    name: name, assumeRolePolicyDocument: Self.trustPolicy(service), tags: context.tags())
                try await iam.putRolePolicy(roleName: name, policyName: policyName, document: try await policy(context))
                return ResourceRecord(type: "AWS::IAM::Role", id: name, attributes: ["arn": role.arn])
            },
            find: { context in
                let name = "\(context.namePrefix)-\(suffix)"
                do {
                    let role = try await context.services.iam.role(name: name)
                    return ResourceRecord(type: "AWS::IAM::Role", id: name, attributes: ["arn": role.arn])
                } catch  where AbsentResource.matches(error) {
                    return nil
                }
            },
            delete: { context, record in
                let iam = context.services.iam
                try await AbsentResource.ignoring {
                    for policy in try await iam.listRolePolicies(roleName: record.id) {
                        try await iam.deleteRolePolicy(roleName: record.id, policyName: policy)
                    }
                    try await iam.deleteRole(name: record.id)
                }
            })
    }

    private var instanceProfileStep: DeploymentStep {
        DeploymentStep(
            id: "instance-profile", title: "Create instance profile", resourceType: "AWS::IAM::InstanceProfile",
            dependencies: ["instance-role"],
            create: { context in
                let iam = context.services.iam
                let name = "\(context.namePrefix)-instance-profile"
                let profile = try await iam.createInstanceProfile(name: name)
                try await iam.addRoleToInstanceProfile(
                    profileName: name, roleName: try await context.id("instance-role"))
                return ResourceRecord(type: "AWS::IAM::InstanceProfile", id: name, attributes: ["arn": profile.arn])
            },
            find: { context in
                do {
                    let profile = try await context.services.iam.instanceProfile(
                        name: "\(context.namePrefix)-instance-profile")
                    return ResourceRecord(
                        type: "AWS::IAM::InstanceProfile", id: profile.name, attributes: ["arn": profile.arn])
                } catch  where AbsentResource.matches(error) {
                    return nil
                }
            },
            delete: { context, record in
                let iam = context.services.iam
                try await AbsentResource.ignoring {
                    for role in try await iam.instanceProfile(name: record.id).roleNames {
                        try await iam.removeRoleFromInstanceProfile(profileName: record.id, roleName: role)
                    }
                    try await iam.deleteInstanceProfile(name: record.id)
                }
            })
    }

    /// Returns the step of an instance, which starts once its subnet routes to the Internet (through the NAT
    /// gateway for private hosts).
    private func instanceStep(_ host: Host) -> DeploymentStep {
        let isHardened = isHardened
        let index = host.subnet.suffix(1)
        var dependencies = [host.subnet, "security-group", host.isLinux ? "linux-ami" : "windows-ami"]
        dependencies +=
            host.isPublic
            ? ["public-route", "\(host.subnet)-association"] : ["private-route-\(index)", "\(host.subnet)-association"]
        if isHardened { dependencies.append("instance-profile") }
        return DeploymentStep(
            id: host.id, title: "Create instance \(host.name)", resourceType: "AWS::EC2::Instance",
            dependencies: dependencies,
            create: { context in
                // Hardened instances require IMDSv2 and encrypt their root volume; the baseline keeps the AMI's defaults.
                let rootDevice = host.isLinux ? "/dev/xvda" : "/dev/sda1"
                let specification = EC2.LaunchSpecification(
                    imageID: try await context.id(host.isLinux ? "linux-ami" : "windows-ami"),
                    instanceType: Self.instanceType,
                    subnetID: try await context.id(host.subnet),
                    securityGroupIDs: [try await context.id("security-group")],
                    iamInstanceProfile: isHardened ? try await context.id("instance-profile") : nil,
                    metadataOptions: isHardened ? EC2.MetadataOptions(httpTokens: "required") : nil,
                    blockDeviceMappings: isHardened
                        ? [
                            EC2.BlockDeviceMapping(
                                deviceName: rootDevice, volumeSize: host.isLinux ? 8 : 30, volumeType: "gp3",
                                isEncrypted: true)
                        ] : [],
                    tags: context.tags(name: host.name))
                guard let instance = try await context.services.ec2.runInstances(specification).first else {
                    throw DeployError.stepAborted(
                        step: host.id, title: "Create instance \(host.name)",
                        reason: "RunInstances returned no instance")
                }
                return ResourceRecord(type: "AWS::EC2::Instance", id: instance.id, attributes: ["name": host.name])
            },
            find: { context in try await Self.findInstance(context, step: host.id) },
            delete: { context, record in
                let ec2 = context.services.ec2
                try await AbsentResource.ignoring { _ = try await ec2.terminateInstances(ids: [record.id]) }

                // The security group and subnet can only be deleted once the instance is gone.
                try await context.wait(for: record.id, toBe: "terminated") {
                    let instances = try await ec2.describeInstances(filters: [EC2.Filter("instance-id", [record.id])])
                    return instances.allSatisfy { $0.state == "terminated" }
                }
            })
    }

    /// Finds the live instance created by step `step`.
    static func findInstance(_ context: StepContext, step: String) async throws -> ResourceRecord? {
        let filters = [
            EC2.Filter("tag:\(StepContext.deploymentTagKey)", [context.deployment]),
            EC2.Filter("tag:\(StepContext.resourceTagKey)", [step]),
            EC2.Filter("instance-state-name", ["pending", "running", "stopping", "stopped"]),
        ]
        let instances = try await context.services.ec2.describeInstances(filters: filters)
        let owned = instances.first {
            $0.tags[StepContext.deploymentTagKey] == context.deployment && $0.tags[StepContext.resourceTagKey] == step
        }
        return owned.map {
            ResourceRecord(type: "AWS::EC2::Instance", id: $0.id, attributes: ["name": $0.tags["Name"] ?? ""])
        }
    }

    /// Returns the step of the lab's alarm on one instance: more than 1000 packets received in one five-minute
    /// datapoint, named `alarm-packetsIn-<instance ID>`.
    private func alarmStep(_ host: Host) -> DeploymentStep {
        DeploymentStep(
            id: "\(host.id)-alarm", title: "Create NetworkPacketsIn alarm for \(host.name)",
            resourceType: "AWS::CloudWatch::Alarm", dependencies: [host.id],
            create: { context in
                let instance = try await context.id(host.id)
                let alarm = Self.packetsInAlarm(instanceID: instance)
                try await context.services.putMetricAlarm(alarm, tags: context.tags())
                return ResourceRecord(type: "AWS::CloudWatch::Alarm", id: alarm.name)
            },
            find: { context in
                let instance: String
                if let record = await context.store.record(host.id) {
                    instance = record.id
                } else if let found = try await Self.findInstance(context, step: host.id) {
                    instance = found.id
                } else {
                    return nil
                }
                let name = Self.packetsInAlarm(instanceID: instance).name
                return try await context.services.cloudWatch.describeAlarms(names: [name]).first.map {
                    ResourceRecord(type: "AWS::CloudWatch::Alarm", id: $0.name)
                }
            },
            delete: { context, record in
                try await AbsentResource.ignoring {
                    try await context.services.cloudWatch.deleteAlarms(names: [record.id])
                }
            })
    }

    /// Returns the alarm on the `NetworkPacketsIn` metric of `instanceID`.
    static func packetsInAlarm(instanceID: String) -> CloudWatch.MetricAlarm {
        CloudWatch.MetricAlarm(
            name: "alarm-packetsIn-\(instanceID)", namespace: "AWS/EC2", metricName: "NetworkPacketsIn",
            dimensions: ["InstanceId": instanceID], statistic: "Sum", period: 300, evaluationPeriods: 1,
            datapointsToAlarm: 1, threshold: 1000, comparisonOperator: "GreaterThanThreshold",
            description: "More than 1000 packets received in 5 minutes")
    }
}
