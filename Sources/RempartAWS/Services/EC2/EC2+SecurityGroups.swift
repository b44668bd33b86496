import Foundation

extension EC2 {
    /// An IP permission: protocol, port range and sources, as in `AuthorizeSecurityGroupIngress`.
    public struct IPPermission: Sendable, Equatable {
        /// An IPv4 source or destination range.
        public struct IPRange: Sendable, Equatable {
            public var cidr: String
            /// The `description` element of the response.
            public var description: String?

            /// Creates a range.
            public init(_ cidr: String, description: String? = nil) {
                self.cidr = cidr
                self.description = description
            }
        }

        /// `tcp`, `udp`, `icmp`, or `-1` for every protocol.
        public var ipProtocol: String
        /// The `fromPort` element of the response.
        public var fromPort: Int?
        /// The `toPort` element of the response.
        public var toPort: Int?
        /// The `ipRanges` element of the response.
        public var ipRanges: [IPRange]
        /// Security groups allowed as sources or destinations.
        public var groupIDs: [String]

        /// Creates a permission.
        public init(
            ipProtocol: String, fromPort: Int? = nil, toPort: Int? = nil, ipRanges: [IPRange] = [],
            groupIDs: [String] = []
        ) {
            self.ipProtocol = ipProtocol
            self.fromPort = fromPort
            self.toPort = toPort
            self.ipRanges = ipRanges
            self.groupIDs = groupIDs
        }

        init(_ node: XMLNode) {
            ipProtocol = node.string("ipProtocol") ?? ""
            fromPort = node.int("fromPort")
            toPort = node.int("toPort")
            ipRanges = node.list("ipRanges").map {
                IPRange($0.string("cidrIp") ?? "", description: $0.string("description"))
            }
            groupIDs = node.list("groups").compactMap { $0.string("groupId") }
        }

        var queryValue: QueryValue {
            var members: [(String, QueryValue)] = [("IpProtocol", .string(ipProtocol))]
            if let fromPort { members.append(("FromPort", .int(fromPort))) }
            if let toPort { members.append(("ToPort", .int(toPort))) }
            if !ipRanges.isEmpty {
                members.append(
                    (
                        "IpRanges",
                        .list(
                            ipRanges.map { range in
                                var fields: [(String, QueryValue)] = [("CidrIp", .string(range.cidr))]
                                if let description = range.description {
                                    fields.append(("Description", .string(description)))
                                }
                                return .structure(fields)
                            })
                    ))
            }
            if !groupIDs.isEmpty {
                members.append(("Groups", .list(groupIDs.map { .structure([("GroupId", .string($0))]) })))
            }
            return .structure(members)
        }
    }

    /// A security group with its ingress and egress permissions.
    public struct SecurityGroup: Sendable, Equatable {
        /// The `groupId` element of the response.
        public var id: String
        /// The `groupName` element of the response.
        public var name: String
        /// The `groupDescription` element of the response.
        public var description: String
        /// The `vpcId` element of the response.
        public var vpcID: String?
        /// The `ipPermissions` element of the response.
        public var ingress: [IPPermission]
        /// The `ipPermissionsEgress` element of the response.
        public var egress: [IPPermission]
        /// The tags, by key.
        public var tags: [String: String]

        init(_ node: XMLNode) {
            id = node.string("groupId") ?? ""
            name = node.string("groupName") ?? ""
            description = node.string("groupDescription") ?? ""
            vpcID = node.string("vpcId")
            ingress = node.list("ipPermissions").map(IPPermission.init)
            egress = node.list("ipPermissionsEgress").map(IPPermission.init)
            tags = node.tags
        }
    }

    /// One rule of a security group, as `DescribeSecurityGroupRules` lists them.
    public struct SecurityGroupRule: Sendable, Equatable {
        /// The `securityGroupRuleId` element of the response.
        public var id: String
        /// The `groupId` element of the response.
        public var groupID: String
        /// The `isEgress` element of the response.
        public var isEgress: Bool
        /// The `ipProtocol` element of the response.
        public var ipProtocol: String
        /// The `fromPort` element of the response.
        public var fromPort: Int?
        /// The `toPort` element of the response.
        public var toPort: Int?
        /// The `cidrIpv4` element of the response.
        public var cidrIPv4: String?
        /// The `description` element of the response.
        public var description: String?

        init(_ node: XMLNode) {
            id = node.string("securityGroupRuleId") ?? ""
            groupID = node.string("groupId") ?? ""
            isEgress = node.bool("isEgress") ?? false
            ipProtocol = node.string("ipProtocol") ?? ""
            fromPort = node.int("fromPort")
            toPort = node.int("toPort")
            cidrIPv4 = node.string("cidrIpv4")
            description = node.string("description")
        }
    }

    /// Creates a security group in a VPC and returns its ID (`CreateSecurityGroup`).
    public func createSecurityGroup(
        name: String, description: String, vpcID: String, tags: [String: String] = [:]
    ) async throws -> String {
        let root = try await call(
            "CreateSecurityGroup",
            [("GroupName", .string(name)), ("GroupDescription", .string(description)), ("VpcId", .string(vpcID))]
                + tagSpecification("security-group", tags))
        return root.string("groupId") ?? ""
    }

    /// Lists security groups (`DescribeSecurityGroups`).
    public func describeSecurityGroups(ids: [String] = [], filters: [Filter] = []) async throws -> [SecurityGroup] {
        try await describe(
            "DescribeSecurityGroups", describeParameters(ids: ids, idName: "GroupId", filters: filters),
            list: "securityGroupInfo"
        ).map(SecurityGroup.init)
    }

    /// Lists the rules of security groups (`DescribeSecurityGroupRules` with a `group-id` filter).
    public func describeSecurityGroupRules(groupIDs: [String]) async throws -> [SecurityGroupRule] {
        try await describe(
            "DescribeSecurityGroupRules",
            describeParameters(ids: [], idName: "", filters: [Filter("group-id", groupIDs)]),
            list: "securityGroupRuleSet"
        ).map(SecurityGroupRule.init)
    }

    /// Adds inbound rules (`AuthorizeSecurityGroupIngress`).
    public func authorizeIngress(groupID: String, permissions: [IPPermission]) async throws {
        try await changeRules("AuthorizeSecurityGroupIngress", groupID, permissions)
    }

    /// Removes inbound rules (`RevokeSecurityGroupIngress`).
    public func revokeIngress(groupID: String, permissions: [IPPermission]) async throws {
        try await changeRules("RevokeSecurityGroupIngress", groupID, permissions)
    }

    /// Adds outbound rules (`AuthorizeSecurityGroupEgress`).
    public func authorizeEgress(groupID: String, permissions: [IPPermission]) async throws {
        try await changeRules("AuthorizeSecurityGroupEgress", groupID, permissions)
    }

    /// Removes outbound rules (`RevokeSecurityGroupEgress`).
    public func revokeEgress(groupID: String, permissions: [IPPermission]) async throws {
        try await changeRules("RevokeSecurityGroupEgress", groupID, permissions)
    }

    /// Deletes a security group (`DeleteSecurityGroup`).
    public func deleteSecurityGroup(id: String) async throws {
        _ = try await call("DeleteSecurityGroup", [("GroupId", .string(id))])
    }

    private func changeRules(_ action: String, _ groupID: String, _ permissions: [IPPermission]) async throws {
        _ = try await call(
            action, [("GroupId", .string(groupID)), ("IpPermissions", .list(permissions.map(\.queryValue)))])
    }
}
