import Foundation

extension EC2 {
    /// Instance metadata service settings; `httpTokens: "required"` enforces IMDSv2.
    public struct MetadataOptions: Sendable, Equatable {
        /// `required` (IMDSv2 only) or `optional`.
        public var httpTokens: String
        /// `enabled` or `disabled`.
        public var httpEndpoint: String
        /// Network hops a token may travel, 1 to 64.
        public var httpPutResponseHopLimit: Int?

        /// Creates options; the defaults require IMDSv2.
        public init(
            httpTokens: String = "required", httpEndpoint: String = "enabled", httpPutResponseHopLimit: Int? = nil
        ) {
            self.httpTokens = httpTokens
            self.httpEndpoint = httpEndpoint
            self.httpPutResponseHopLimit = httpPutResponseHopLimit
        }

        var queryValue: QueryValue {
            var members: [(String, QueryValue)] = [
                ("HttpTokens", .string(httpTokens)), ("HttpEndpoint", .string(httpEndpoint)),
            ]
            if let httpPutResponseHopLimit {
                members.append(("HttpPutResponseHopLimit", .int(httpPutResponseHopLimit)))
            }
            return .structure(members)
        }
    }

    /// An EBS block device mapping for launch.
    public struct BlockDeviceMapping: Sendable, Equatable {
        public var deviceName: String
        /// Size in GiB.
        public var volumeSize: Int?
        /// `gp3`, `gp2`, `io1`, …
        public var volumeType: String?
        public var isEncrypted: Bool?
        public var kmsKeyID: String?
        public var deletesOnTermination: Bool

        /// Creates a mapping.
        public init(
            deviceName: String, volumeSize: Int? = nil, volumeType: String? = nil, isEncrypted: Bool? = nil,
            kmsKeyID: String? = nil, deletesOnTermination: Bool = true
        ) {
            self.deviceName = deviceName
            self.volumeSize = volumeSize
            self.volumeType = volumeType
            self.isEncrypted = isEncrypted
            self.kmsKeyID = kmsKeyID
            self.deletesOnTermination = deletesOnTermination
        }

        var queryValue: QueryValue {
            var ebs: [(String, QueryValue)] = [("DeleteOnTermination", .bool(deletesOnTermination))]
            if let volumeSize { ebs.append(("VolumeSize", .int(volumeSize))) }
            if let volumeType { ebs.append(("VolumeType", .string(volumeType))) }
            if let isEncrypted { ebs.append(("Encrypted", .bool(isEncrypted))) }
            if let kmsKeyID { ebs.append(("KmsKeyId", .string(kmsKeyID))) }
            return .structure([("DeviceName", .string(deviceName)), ("Ebs", .structure(ebs))])
        }
    }

    /// What `RunInstances` launches.
    public struct LaunchSpecification: Sendable, Equatable {
        /// The `imageId` element of the response.
        public var imageID: String
        /// The `instanceType` element of the response.
        public var instanceType: String
        public var count: Int
        /// The `subnetId` element of the response.
        public var subnetID: String?
        /// The `groupSet` element of the response.
        public var securityGroupIDs: [String]
        public var keyName: String?
        /// The instance profile, by ARN (`arn:…`) or by name.
        public var iamInstanceProfile: String?
        /// The `metadataOptions` element of the response.
        public var metadataOptions: MetadataOptions?
        public var blockDeviceMappings: [BlockDeviceMapping]
        public var userData: String?
        /// The tags, by key.
        public var tags: [String: String]

        /// Creates a specification; IMDSv2 is required unless `metadataOptions` sets other values.
        public init(
            imageID: String, instanceType: String, count: Int = 1, subnetID: String? = nil,
            securityGroupIDs: [String] = [],
            keyName: String? = nil, iamInstanceProfile: String? = nil,
            metadataOptions: MetadataOptions? = MetadataOptions(),
            blockDeviceMappings: [BlockDeviceMapping] = [], userData: String? = nil, tags: [String: String] = [:]
        ) {
            self.imageID = imageID
            self.instanceType = instanceType
            self.count = count
            self.subnetID = subnetID
            self.securityGroupIDs = securityGroupIDs
            self.keyName = keyName
            self.iamInstanceProfile = iamInstanceProfile
            self.metadataOptions = metadataOptions
            self.blockDeviceMappings = blockDeviceMappings
            self.userData = userData
            self.tags = tags
        }
    }

    /// A running or stopped instance.
    public struct Instance: Sendable, Equatable {
        /// The `instanceId` element of the response.
        public var id: String
        /// The `imageId` element of the response.
        public var imageID: String
        /// The `instanceType` element of the response.
        public var instanceType: String
        /// `pending`, `running`, `terminated`, …
        public var state: String
        /// The `subnetId` element of the response.
        public var subnetID: String?
        /// The `vpcId` element of the response.
        public var vpcID: String?
        /// The `privateIpAddress` element of the response.
        public var privateIPAddress: String?
        /// The `ipAddress` element of the response.
        public var publicIPAddress: String?
        /// The `groupSet` element of the response.
        public var securityGroupIDs: [String]
        /// The `iamInstanceProfile/arn` element of the response.
        public var iamInstanceProfileARN: String?
        /// The `metadataOptions` element of the response.
        public var metadataOptions: MetadataOptions?
        /// Device name to volume ID.
        public var volumeIDs: [String: String]
        /// The `rootDeviceName` element of the response.
        public var rootDeviceName: String?
        /// The `placement/availabilityZone` element of the response.
        public var availabilityZone: String?
        /// The tags, by key.
        public var tags: [String: String]

        init(_ node: XMLNode) {
            id = node.string("instanceId") ?? ""
            imageID = node.string("imageId") ?? ""
            instanceType = node.string("instanceType") ?? ""
            state = node.string("instanceState/name") ?? ""
            subnetID = node.string("subnetId")
            vpcID = node.string("vpcId")
            privateIPAddress = node.string("privateIpAddress")
            publicIPAddress = node.string("ipAddress")
            securityGroupIDs = node.list("groupSet").compactMap { $0.string("groupId") }
            iamInstanceProfileARN = node.string("iamInstanceProfile/arn")
            metadataOptions = node.child("metadataOptions").map {
                MetadataOptions(
                    httpTokens: $0.string("httpTokens") ?? "", httpEndpoint: $0.string("httpEndpoint") ?? "",
                    httpPutResponseHopLimit: $0.int("httpPutResponseHopLimit"))
            }
            var volumes: [String: String] = [:]
            for mapping in node.list("blockDeviceMapping") {
                if let name = mapping.string("deviceName"), let volume = mapping.string("ebs/volumeId") {
                    volumes[name] = volume
                }
            }
            volumeIDs = volumes
            rootDeviceName = node.string("rootDeviceName")
            availabilityZone = node.string("placement/availabilityZone")
            tags = node.tags
        }
    }

    /// Launches instances (`RunInstances`) and returns them as launched.
    public func runInstances(_ specification: LaunchSpecification) async throws -> [Instance] {
        var parameters: [(String, QueryValue)] = [
            ("ImageId", .string(specification.imageID)), ("InstanceType", .string(specification.instanceType)),
            ("MinCount", .int(specification.count)), ("MaxCount", .int(specification.count)),
        ]
        if let subnetID = specification.subnetID { parameters.append(("SubnetId", .string(subnetID))) }
        if !specification.securityGroupIDs.isEmpty {
            parameters.append(("SecurityGroupId", .list(specification.securityGroupIDs.map { .string($0) })))
        }
        if let keyName = specification.keyName { parameters.append(("KeyName", .string(keyName))) }
        if let profile = specification.iamInstanceProfile {
            let field = profile.hasPrefix("arn:") ? "Arn" : "Name"
            parameters.append(("IamInstanceProfile", .structure([(field, .string(profile))])))
        }
        if let options = specification.metadataOptions { parameters.append(("MetadataOptions", options.queryValue)) }
        if !specification.blockDeviceMappings.isEmpty {
            parameters.append(("BlockDeviceMapping", .list(specification.blockDeviceMappings.map(\.queryValue))))
        }
        if let userData = specification.userData {
            parameters.append(("UserData", .string(Data(userData.utf8).base64EncodedString())))
        }
        parameters += tagSpecification("instance", specification.tags)
        let root = try await call("RunInstances", parameters)
        return root.list("instancesSet").map(Instance.init)
    }

    /// Lists instances across reservations (`DescribeInstances`).
    public func describeInstances(ids: [String] = [], filters: [Filter] = []) async throws -> [Instance] {
        let reservations = try await describe(
            "DescribeInstances", describeParameters(ids: ids, idName: "InstanceId", filters: filters),
            list: "reservationSet")
        return reservations.flatMap { $0.list("instancesSet").map(Instance.init) }
    }

    /// Terminates instances (`TerminateInstances`) and returns each ID with its new state.
    public func terminateInstances(ids: [String]) async throws -> [String: String] {
        let root = try await call("TerminateInstances", [("InstanceId", .list(ids.map { .string($0) }))])
        var states: [String: String] = [:]
        for item in root.list("instancesSet") {
            states[item.string("instanceId") ?? ""] = item.string("currentState/name") ?? ""
        }
        return states
    }

    /// Changes the metadata options of a running instance (`ModifyInstanceMetadataOptions`).
    public func modifyInstanceMetadataOptions(instanceID: String, options: MetadataOptions) async throws {
        var parameters: [(String, QueryValue)] = [
            ("InstanceId", .string(instanceID)), ("HttpTokens", .string(options.httpTokens)),
            ("HttpEndpoint", .string(options.httpEndpoint)),
        ]
        if let limit = options.httpPutResponseHopLimit { parameters.append(("HttpPutResponseHopLimit", .int(limit))) }
        _ = try await call("ModifyInstanceMetadataOptions", parameters)
    }
}
