import RempartAWS
import RempartSupport
import RempartTemplate

/// `AWS::EC2::Instance`: one `RunInstances` carrying every property the constructs set (image, type, key,
/// instance profile, launch template, subnet, security groups, EBS optimization, detailed monitoring,
/// metadata options, block devices) and the tags of the instance and its volumes.
struct InstanceProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::Instance" }
    var noun: ResourceNoun { ResourceNoun("instance", fr: FrenchNoun("instance", .feminine)) }
    var waitsForCompletion: Bool { true }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let parameters = try Self.runParameters(properties, tags: input.tags(properties), logicalID: input.logicalID)
        let root = try await input.context.services.ec2.call("RunInstances", parameters)
        guard let instance = root.list("instancesSet").first, let id = instance.string("instanceId") else {
            throw DeployError.stepAborted(
                step: input.logicalID, title: "Create instance \(input.logicalID)",
                reason: "RunInstances returned no instance")
        }
        return ResourceRecord(
            type: resourceType, id: id, attributes: ["PrivateIp": instance.string("privateIpAddress") ?? ""])
    }

    /// Returns the `RunInstances` parameters for the resolved `properties`.
    static func runParameters(_ properties: Node, tags: [String: String], logicalID: String) throws
        -> [(String, QueryValue)]
    {
        var parameters: [(String, QueryValue)] = [
            ("ImageId", .string(try properties.requiredText("ImageId", of: logicalID))),
            ("InstanceType", .string(properties.text("InstanceType") ?? "m1.small")),
            ("MinCount", .int(1)), ("MaxCount", .int(1)),
        ]
        if let subnet = properties.text("SubnetId") { parameters.append(("SubnetId", .string(subnet))) }
        let groups = properties.texts("SecurityGroupIds")
        if !groups.isEmpty { parameters.append(("SecurityGroupId", .list(groups.map { .string($0) }))) }
        if let key = properties.text("KeyName") { parameters.append(("KeyName", .string(key))) }
        if let profile = properties.text("IamInstanceProfile") {
            parameters.append(("IamInstanceProfile", .structure([(profile.hasPrefix("arn:") ? "Arn" : "Name", .string(profile))])))
        }
        if let template = properties["LaunchTemplate"] {
            var members: [(String, QueryValue)] = []
            if let id = template.text("LaunchTemplateId") { members.append(("LaunchTemplateId", .string(id))) }
            if let version = template.text("Version") { members.append(("Version", .string(version))) }
            parameters.append(("LaunchTemplate", .structure(members)))
        }
        if let optimized = properties["EbsOptimized"]?.boolValue { parameters.append(("EbsOptimized", .bool(optimized))) }
        if let monitoring = properties["Monitoring"]?.boolValue {
            parameters.append(("Monitoring", .structure([("Enabled", .bool(monitoring))])))
        }
        if let options = properties["MetadataOptions"] { parameters.append(("MetadataOptions", metadataOptions(options))) }
        let devices = properties["BlockDeviceMappings"]?.elements ?? []
        if !devices.isEmpty { parameters.append(("BlockDeviceMapping", .list(devices.map(blockDevice)))) }
        let tagList = QueryValue.list(
            tags.keys.sorted().map { .structure([("Key", .string($0)), ("Value", .string(tags[$0] ?? ""))]) })
        parameters.append(
            (
                "TagSpecification",
                .list(
                    ["instance", "volume"].map { .structure([("ResourceType", .string($0)), ("Tag", tagList)]) })
            ))
        return parameters
    }

    /// `MetadataOptions` members, which have the same names in the template and the API.
    static func metadataOptions(_ options: Node) -> QueryValue {
        var members: [(String, QueryValue)] = []
        for key in ["HttpEndpoint", "HttpTokens", "HttpPutResponseHopLimit", "InstanceMetadataTags"] {
            if let value = options.text(key) { members.append((key, .string(value))) }
        }
        return .structure(members)
    }

    /// One `BlockDeviceMappings` element, whose `Ebs` members have the same names in the template and the API.
    static func blockDevice(_ device: Node) -> QueryValue {
        var ebs: [(String, QueryValue)] = []
        for key in ["VolumeSize", "VolumeType", "Encrypted", "KmsKeyId", "DeleteOnTermination"] {
            if let value = device["Ebs"]?.text(key) { ebs.append((key, .string(value))) }
        }
        return .structure([("DeviceName", .string(device.text("DeviceName") ?? "")), ("Ebs", .structure(ebs))])
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        let filters = context.tagFilters + [
            EC2.Filter("instance-state-name", ["pending", "running", "stopping", "stopped"])
        ]
        return try await context.services.ec2.describeInstances(filters: filters)
            .first { context.isOwned($0.tags) && $0.state != "terminated" && $0.state != "shutting-down" }
            .map { ResourceRecord(type: resourceType, id: $0.id, attributes: ["PrivateIp": $0.privateIPAddress ?? ""]) }
    }

    /// Terminates the instance and waits until it is gone, because its subnet and security group can only be
    /// deleted then.
    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        let ec2 = context.services.ec2
        let existed = try await AbsentResource.ignoring { _ = try await ec2.terminateInstances(ids: [record.id]) }
        try await context.wait(for: record.id, toBe: "terminated") {
            let instances = try await ec2.describeInstances(filters: [EC2.Filter("instance-id", [record.id])])
            return instances.allSatisfy { $0.state == "terminated" }
        }
        return existed
    }
}
