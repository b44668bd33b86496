import Foundation

extension EC2 {
    /// An EBS volume.
    public struct Volume: Sendable, Equatable {
        /// The `volumeId` element of the response.
        public var id: String
        /// Size in GiB.
        public var size: Int
        /// The `availabilityZone` element of the response.
        public var availabilityZone: String
        /// The `status` element of the response.
        public var state: String
        /// The `volumeType` element of the response.
        public var volumeType: String
        /// The `encrypted` element of the response.
        public var isEncrypted: Bool
        /// The `kmsKeyId` element of the response.
        public var kmsKeyID: String?
        /// The `attachmentSet` element of the response.
        public var attachedInstanceIDs: [String]
        /// The tags, by key.
        public var tags: [String: String]

        init(_ node: XMLNode) {
            id = node.string("volumeId") ?? ""
            size = node.int("size") ?? 0
            availabilityZone = node.string("availabilityZone") ?? ""
            state = node.string("status") ?? ""
            volumeType = node.string("volumeType") ?? ""
            isEncrypted = node.bool("encrypted") ?? false
            kmsKeyID = node.string("kmsKeyId")
            attachedInstanceIDs = node.list("attachmentSet").compactMap { $0.string("instanceId") }
            tags = node.tags
        }
    }

    /// A launch template's identity and versions.
    public struct LaunchTemplate: Sendable, Equatable {
        /// The `launchTemplateId` element of the response.
        public var id: String
        /// The `launchTemplateName` element of the response.
        public var name: String
        /// The `defaultVersionNumber` element of the response.
        public var defaultVersion: Int
        /// The `latestVersionNumber` element of the response.
        public var latestVersion: Int
        /// The tags, by key.
        public var tags: [String: String]

        init(_ node: XMLNode) {
            id = node.string("launchTemplateId") ?? ""
            name = node.string("launchTemplateName") ?? ""
            defaultVersion = node.int("defaultVersionNumber") ?? 0
            latestVersion = node.int("latestVersionNumber") ?? 0
            tags = node.tags
        }
    }

    /// The launch settings stored in a launch template version.
    public struct LaunchTemplateData: Sendable, Equatable {
        /// The `imageId` element of the response.
        public var imageID: String?
        /// The `instanceType` element of the response.
        public var instanceType: String?
        /// The `securityGroupIdSet` element of the response.
        public var securityGroupIDs: [String]
        /// The `iamInstanceProfile/arn` element of the response.
        public var iamInstanceProfileARN: String?
        /// The `metadataOptions` element of the response.
        public var metadataOptions: MetadataOptions?
        /// The `blockDeviceMappingSet` element of the response.
        public var blockDeviceMappings: [BlockDeviceMapping]

        /// Creates launch data; IMDSv2 is required unless `metadataOptions` sets other values.
        public init(
            imageID: String? = nil, instanceType: String? = nil, securityGroupIDs: [String] = [],
            iamInstanceProfileARN: String? = nil, metadataOptions: MetadataOptions? = MetadataOptions(),
            blockDeviceMappings: [BlockDeviceMapping] = []
        ) {
            self.imageID = imageID
            self.instanceType = instanceType
            self.securityGroupIDs = securityGroupIDs
            self.iamInstanceProfileARN = iamInstanceProfileARN
            self.metadataOptions = metadataOptions
            self.blockDeviceMappings = blockDeviceMappings
        }

        init(_ node: XMLNode) {
            imageID = node.string("imageId")
            instanceType = node.string("instanceType")
            securityGroupIDs = node.list("securityGroupIdSet").map(\.text)
            iamInstanceProfileARN = node.string("iamInstanceProfile/arn")
            metadataOptions = node.child("metadataOptions").map {
                MetadataOptions(
                    httpTokens: $0.string("httpTokens") ?? "", httpEndpoint: $0.string("httpEndpoint") ?? "",
                    httpPutResponseHopLimit: $0.int("httpPutResponseHopLimit"))
            }
            blockDeviceMappings = node.list("blockDeviceMappingSet").map {
                BlockDeviceMapping(
                    deviceName: $0.string("deviceName") ?? "", volumeSize: $0.int("ebs/volumeSize"),
                    volumeType: $0.string("ebs/volumeType"), isEncrypted: $0.bool("ebs/encrypted"),
                    kmsKeyID: $0.string("ebs/kmsKeyId"),
                    deletesOnTermination: $0.bool("ebs/deleteOnTermination") ?? true)
            }
        }

        var queryValue: QueryValue {
            var members: [(String, QueryValue)] = []
            if let imageID { members.append(("ImageId", .string(imageID))) }
            if let instanceType { members.append(("InstanceType", .string(instanceType))) }
            if !securityGroupIDs.isEmpty {
                members.append(("SecurityGroupId", .list(securityGroupIDs.map { .string($0) })))
            }
            if let iamInstanceProfileARN {
                members.append(("IamInstanceProfile", .structure([("Arn", .string(iamInstanceProfileARN))])))
            }
            if let metadataOptions { members.append(("MetadataOptions", metadataOptions.queryValue)) }
            if !blockDeviceMappings.isEmpty {
                members.append(("BlockDeviceMapping", .list(blockDeviceMappings.map(\.queryValue))))
            }
            return .structure(members)
        }
    }

    /// A flow log.
    public struct FlowLog: Sendable, Equatable {
        /// The `flowLogId` element of the response.
        public var id: String
        /// The `resourceId` element of the response.
        public var resourceID: String
        /// `ACCEPT`, `REJECT` or `ALL`.
        public var trafficType: String
        /// `s3`, `cloud-watch-logs` or `kinesis-data-firehose`.
        public var destinationType: String
        /// The `logDestination` element of the response.
        public var destination: String?
        /// The `flowLogStatus` element of the response.
        public var status: String
        public var tags: [String: String]

        init(_ node: XMLNode) {
            tags = node.tags
            id = node.string("flowLogId") ?? ""
            resourceID = node.string("resourceId") ?? ""
            trafficType = node.string("trafficType") ?? ""
            destinationType = node.string("logDestinationType") ?? ""
            destination = node.string("logDestination")
            status = node.string("flowLogStatus") ?? ""
        }
    }

    /// A machine image.
    public struct Image: Sendable, Equatable {
        /// The `imageId` element of the response.
        public var id: String
        /// The `name` element of the response.
        public var name: String
        /// The `imageOwnerId` element of the response.
        public var ownerID: String
        /// The `imageState` element of the response.
        public var state: String
        /// The `architecture` element of the response.
        public var architecture: String?
        /// The `platform` element of the response.
        public var platform: String?

        init(_ node: XMLNode) {
            id = node.string("imageId") ?? ""
            name = node.string("name") ?? ""
            ownerID = node.string("imageOwnerId") ?? ""
            state = node.string("imageState") ?? ""
            architecture = node.string("architecture")
            platform = node.string("platform")
        }
    }

    /// One tag of one resource, as `DescribeTags` lists it.
    public struct TagDescription: Sendable, Equatable {
        /// The `resourceId` element of the response.
        public var resourceID: String
        /// The `resourceType` element of the response.
        public var resourceType: String
        /// The `key` element of the response.
        public var key: String
        /// The `value` element of the response.
        public var value: String
    }

    // MARK: - Volumes

    /// Creates an EBS volume (`CreateVolume`).
    public func createVolume(
        availabilityZone: String, size: Int, volumeType: String = "gp3", isEncrypted: Bool = true,
        kmsKeyID: String? = nil, tags: [String: String] = [:]
    ) async throws -> Volume {
        var parameters: [(String, QueryValue)] = [
            ("AvailabilityZone", .string(availabilityZone)), ("Size", .int(size)), ("VolumeType", .string(volumeType)),
            ("Encrypted", .bool(isEncrypted)),
        ]
        if let kmsKeyID { parameters.append(("KmsKeyId", .string(kmsKeyID))) }
        return Volume(try await call("CreateVolume", parameters + tagSpecification("volume", tags)))
    }

    /// Lists volumes (`DescribeVolumes`).
    public func describeVolumes(ids: [String] = [], filters: [Filter] = []) async throws -> [Volume] {
        try await describe(
            "DescribeVolumes", describeParameters(ids: ids, idName: "VolumeId", filters: filters), list: "volumeSet"
        )
        .map(Volume.init)
    }

    /// Deletes a volume (`DeleteVolume`).
    public func deleteVolume(id: String) async throws {
        _ = try await call("DeleteVolume", [("VolumeId", .string(id))])
    }

    // MARK: - Launch templates

    /// Creates a launch template (`CreateLaunchTemplate`).
    public func createLaunchTemplate(name: String, data: LaunchTemplateData, tags: [String: String] = [:]) async throws
        -> LaunchTemplate
    {
        let root = try await call(
            "CreateLaunchTemplate",
            [("LaunchTemplateName", .string(name)), ("LaunchTemplateData", data.queryValue)]
                + tagSpecification("launch-template", tags))
        return LaunchTemplate(root.child("launchTemplate") ?? root)
    }

    /// Lists launch templates (`DescribeLaunchTemplates`).
    public func describeLaunchTemplates(names: [String] = [], filters: [Filter] = []) async throws -> [LaunchTemplate] {
        try await describe(
            "DescribeLaunchTemplates", describeParameters(ids: names, idName: "LaunchTemplateName", filters: filters),
            list: "launchTemplates"
        ).map(LaunchTemplate.init)
    }

    /// Returns the launch data of a template's versions, by version number (`DescribeLaunchTemplateVersions`).
    public func describeLaunchTemplateVersions(templateID: String) async throws -> [Int: LaunchTemplateData] {
        let versions = try await describe(
            "DescribeLaunchTemplateVersions", [("LaunchTemplateId", .string(templateID))],
            list: "launchTemplateVersionSet")
        var result: [Int: LaunchTemplateData] = [:]
        for version in versions {
            result[version.int("versionNumber") ?? 0] = LaunchTemplateData(
                version.child("launchTemplateData") ?? version)
        }
        return result
    }

    /// Deletes a launch template (`DeleteLaunchTemplate`).
    public func deleteLaunchTemplate(id: String) async throws {
        _ = try await call("DeleteLaunchTemplate", [("LaunchTemplateId", .string(id))])
    }

    // MARK: - Flow logs

    /// Publishes flow logs of VPCs to an S3 bucket ARN (`CreateFlowLogs`) and returns their IDs.
    public func createFlowLogs(
        vpcIDs: [String], trafficType: String, bucketARN: String, tags: [String: String] = [:]
    ) async throws -> [String] {
        let root = try await call(
            "CreateFlowLogs",
            [
                ("ResourceId", .list(vpcIDs.map { .string($0) })), ("ResourceType", "VPC"),
                ("TrafficType", .string(trafficType)), ("LogDestinationType", "s3"),
                ("LogDestination", .string(bucketARN)),
            ] + tagSpecification("vpc-flow-log", tags))
        let failures = root.list("unsuccessful")
        if let failure = failures.first {
            throw AWSError.service(
                AWSErrorContext(
                    service: "ec2", operation: "CreateFlowLogs", statusCode: 200,
                    code: failure.string("error/code") ?? "Unsuccessful",
                    message: failure.string("error/message") ?? "",
                    requestID: root.string("requestId")))
        }
        return root.list("flowLogIdSet").map(\.text)
    }

    /// Lists flow logs (`DescribeFlowLogs`).
    public func describeFlowLogs(ids: [String] = [], filters: [Filter] = []) async throws -> [FlowLog] {
        try await describe(
            "DescribeFlowLogs", describeParameters(ids: ids, idName: "FlowLogId", filters: filters), list: "flowLogSet"
        )
        .map(FlowLog.init)
    }

    /// Deletes flow logs (`DeleteFlowLogs`).
    public func deleteFlowLogs(ids: [String]) async throws {
        _ = try await call("DeleteFlowLogs", [("FlowLogId", .list(ids.map { .string($0) }))])
    }

    // MARK: - Images and tags

    /// Lists images (`DescribeImages`), for example by owner `amazon` and a `name` filter.
    public func describeImages(ids: [String] = [], owners: [String] = [], filters: [Filter] = []) async throws
        -> [Image]
    {
        var parameters = describeParameters(ids: ids, idName: "ImageId", filters: filters)
        if !owners.isEmpty { parameters.append(("Owner", .list(owners.map { .string($0) }))) }
        return try await describe("DescribeImages", parameters, list: "imagesSet").map(Image.init)
    }

    /// Adds or overwrites tags on resources (`CreateTags`).
    public func createTags(resourceIDs: [String], tags: [String: String]) async throws {
        _ = try await call(
            "CreateTags", [("ResourceId", .list(resourceIDs.map { .string($0) })), ("Tag", Self.tagList(tags))])
    }

    /// Removes tags by key (`DeleteTags`).
    public func deleteTags(resourceIDs: [String], keys: [String]) async throws {
        _ = try await call(
            "DeleteTags",
            [
                ("ResourceId", .list(resourceIDs.map { .string($0) })),
                ("Tag", .list(keys.map { .structure([("Key", .string($0))]) })),
            ])
    }

    /// Lists tags (`DescribeTags`), filtered by `resource-id`, `key`, `value` or `resource-type`.
    public func describeTags(filters: [Filter] = []) async throws -> [TagDescription] {
        try await describe("DescribeTags", describeParameters(ids: [], idName: "", filters: filters), list: "tagSet")
            .map {
                TagDescription(
                    resourceID: $0.string("resourceId") ?? "", resourceType: $0.string("resourceType") ?? "",
                    key: $0.string("key") ?? "", value: $0.string("value") ?? "")
            }
    }
}
