import Foundation

extension EC2 {
    /// A VPC.
    public struct VPC: Sendable, Equatable {
        /// The `vpcId` element of the response.
        public var id: String
        /// The `cidrBlock` element of the response.
        public var cidrBlock: String
        /// The `state` element of the response.
        public var state: String
        /// The `isDefault` element of the response.
        public var isDefault: Bool
        /// The tags, by key.
        public var tags: [String: String]

        init(_ node: XMLNode) {
            id = node.string("vpcId") ?? ""
            cidrBlock = node.string("cidrBlock") ?? ""
            state = node.string("state") ?? ""
            isDefault = node.bool("isDefault") ?? false
            tags = node.tags
        }
    }

    /// A subnet.
    public struct Subnet: Sendable, Equatable {
        /// The `subnetId` element of the response.
        public var id: String
        /// The `vpcId` element of the response.
        public var vpcID: String
        /// The `cidrBlock` element of the response.
        public var cidrBlock: String
        /// The `availabilityZone` element of the response.
        public var availabilityZone: String
        /// The `mapPublicIpOnLaunch` element of the response.
        public var mapsPublicIPOnLaunch: Bool
        /// The tags, by key.
        public var tags: [String: String]

        init(_ node: XMLNode) {
            id = node.string("subnetId") ?? ""
            vpcID = node.string("vpcId") ?? ""
            cidrBlock = node.string("cidrBlock") ?? ""
            availabilityZone = node.string("availabilityZone") ?? ""
            mapsPublicIPOnLaunch = node.bool("mapPublicIpOnLaunch") ?? false
            tags = node.tags
        }
    }

    /// An internet gateway and the VPCs it is attached to.
    public struct InternetGateway: Sendable, Equatable {
        /// The `internetGatewayId` element of the response.
        public var id: String
        /// The `attachmentSet` element of the response.
        public var attachedVPCIDs: [String]
        /// The tags, by key.
        public var tags: [String: String]

        init(_ node: XMLNode) {
            id = node.string("internetGatewayId") ?? ""
            attachedVPCIDs = node.list("attachmentSet").compactMap { $0.string("vpcId") }
            tags = node.tags
        }
    }

    /// A NAT gateway.
    public struct NATGateway: Sendable, Equatable {
        /// The `natGatewayId` element of the response.
        public var id: String
        /// The `subnetId` element of the response.
        public var subnetID: String
        /// The `vpcId` element of the response.
        public var vpcID: String
        /// The `state` element of the response: `pending`, `available`, `deleting`, `deleted` or `failed`.
        public var state: String
        /// The `connectivityType` element of the response (`public` or `private`), nil when EC2 leaves it out.
        public var connectivityType: String?
        /// The `allocationId` of each element of `natGatewayAddressSet`: the gateway's Elastic IPs.
        public var allocationIDs: [String]
        /// The `publicIp` of each element of `natGatewayAddressSet`.
        public var publicIPs: [String]
        /// The tags, by key.
        public var tags: [String: String]

        init(_ node: XMLNode) {
            id = node.string("natGatewayId") ?? ""
            subnetID = node.string("subnetId") ?? ""
            vpcID = node.string("vpcId") ?? ""
            state = node.string("state") ?? ""
            connectivityType = node.string("connectivityType").flatMap { $0.isEmpty ? nil : $0 }
            let addresses = node.list("natGatewayAddressSet")
            allocationIDs = addresses.compactMap { $0.string("allocationId") }
            publicIPs = addresses.compactMap { $0.string("publicIp") }
            tags = node.tags
        }
    }

    /// An Elastic IP address.
    public struct Address: Sendable, Equatable {
        /// The `allocationId` element of the response.
        public var allocationID: String
        /// The `publicIp` element of the response.
        public var publicIP: String
        /// The `associationId` element of the response.
        public var associationID: String?
        /// The `domain` element of the response.
        public var domain: String
        /// The `instanceId` element of the response, when the address is associated with an instance.
        public var instanceID: String?
        /// The `networkInterfaceId` element of the response, when the address is associated with an interface.
        public var networkInterfaceID: String?
        /// The tags, by key.
        public var tags: [String: String]

        init(_ node: XMLNode) {
            // EC2 may return an empty element for an absent association, which means none.
            func text(_ name: String) -> String? { node.string(name).flatMap { $0.isEmpty ? nil : $0 } }
            allocationID = node.string("allocationId") ?? ""
            publicIP = node.string("publicIp") ?? ""
            associationID = node.string("associationId")
            domain = node.string("domain") ?? ""
            instanceID = text("instanceId")
            networkInterfaceID = text("networkInterfaceId")
            tags = node.tags
        }
    }

    // MARK: - VPCs

    /// Creates a VPC (`CreateVpc`).
    public func createVPC(cidrBlock: String, tags: [String: String] = [:]) async throws -> VPC {
        let root = try await call("CreateVpc", [("CidrBlock", .string(cidrBlock))] + tagSpecification("vpc", tags))
        return VPC(root.child("vpc") ?? root)
    }

    /// Lists VPCs (`DescribeVpcs`).
    public func describeVPCs(ids: [String] = [], filters: [Filter] = []) async throws -> [VPC] {
        try await describe(
            "DescribeVpcs", describeParameters(ids: ids, idName: "VpcId", filters: filters), list: "vpcSet"
        )
        .map(VPC.init)
    }

    /// Deletes a VPC (`DeleteVpc`).
    public func deleteVPC(id: String) async throws {
        _ = try await call("DeleteVpc", [("VpcId", .string(id))])
    }

    // MARK: - Subnets

    /// Creates a subnet (`CreateSubnet`).
    public func createSubnet(
        vpcID: String, cidrBlock: String, availabilityZone: String? = nil, tags: [String: String] = [:]
    ) async throws -> Subnet {
        var parameters: [(String, QueryValue)] = [("VpcId", .string(vpcID)), ("CidrBlock", .string(cidrBlock))]
        if let availabilityZone { parameters.append(("AvailabilityZone", .string(availabilityZone))) }
        let root = try await call("CreateSubnet", parameters + tagSpecification("subnet", tags))
        return Subnet(root.child("subnet") ?? root)
    }

    /// Lists subnets (`DescribeSubnets`).
    public func describeSubnets(ids: [String] = [], filters: [Filter] = []) async throws -> [Subnet] {
        try await describe(
            "DescribeSubnets", describeParameters(ids: ids, idName: "SubnetId", filters: filters), list: "subnetSet"
        ).map(Subnet.init)
    }

    /// Sets whether instances launched in the subnet get a public IPv4 address (`ModifySubnetAttribute`).
    public func modifySubnet(id: String, mapsPublicIPOnLaunch: Bool) async throws {
        _ = try await call(
            "ModifySubnetAttribute",
            [("SubnetId", .string(id)), ("MapPublicIpOnLaunch", .structure([("Value", .bool(mapsPublicIPOnLaunch))]))])
    }

    /// Deletes a subnet (`DeleteSubnet`).
    public func deleteSubnet(id: String) async throws {
        _ = try await call("DeleteSubnet", [("SubnetId", .string(id))])
    }

    // MARK: - Internet gateways

    /// Creates an internet gateway (`CreateInternetGateway`).
    public func createInternetGateway(tags: [String: String] = [:]) async throws -> InternetGateway {
        let root = try await call("CreateInternetGateway", tagSpecification("internet-gateway", tags))
        return InternetGateway(root.child("internetGateway") ?? root)
    }

    /// Attaches an internet gateway to a VPC (`AttachInternetGateway`).
    public func attachInternetGateway(id: String, vpcID: String) async throws {
        _ = try await call("AttachInternetGateway", [("InternetGatewayId", .string(id)), ("VpcId", .string(vpcID))])
    }

    /// Detaches an internet gateway from a VPC (`DetachInternetGateway`).
    public func detachInternetGateway(id: String, vpcID: String) async throws {
        _ = try await call("DetachInternetGateway", [("InternetGatewayId", .string(id)), ("VpcId", .string(vpcID))])
    }

    /// Lists internet gateways (`DescribeInternetGateways`).
    public func describeInternetGateways(ids: [String] = [], filters: [Filter] = []) async throws -> [InternetGateway] {
        try await describe(
            "DescribeInternetGateways", describeParameters(ids: ids, idName: "InternetGatewayId", filters: filters),
            list: "internetGatewaySet"
        ).map(InternetGateway.init)
    }

    /// Deletes an internet gateway (`DeleteInternetGateway`).
    public func deleteInternetGateway(id: String) async throws {
        _ = try await call("DeleteInternetGateway", [("InternetGatewayId", .string(id))])
    }

    // MARK: - Elastic IP addresses

    /// Allocates an Elastic IP address in the VPC domain (`AllocateAddress`).
    public func allocateAddress(tags: [String: String] = [:]) async throws -> Address {
        let root = try await call("AllocateAddress", [("Domain", "vpc")] + tagSpecification("elastic-ip", tags))
        return Address(root)
    }

    /// Lists Elastic IP addresses (`DescribeAddresses`, which returns every address in one response).
    public func describeAddresses(allocationIDs: [String] = [], filters: [Filter] = []) async throws -> [Address] {
        let root = try await call(
            "DescribeAddresses", describeParameters(ids: allocationIDs, idName: "AllocationId", filters: filters))
        return root.list("addressesSet").map(Address.init)
    }

    /// Releases an Elastic IP address (`ReleaseAddress`).
    public func releaseAddress(allocationID: String) async throws {
        _ = try await call("ReleaseAddress", [("AllocationId", .string(allocationID))])
    }

    // MARK: - NAT gateways

    /// Creates a public NAT gateway in a subnet with an Elastic IP (`CreateNatGateway`).
    public func createNATGateway(subnetID: String, allocationID: String, tags: [String: String] = [:]) async throws
        -> NATGateway
    {
        let root = try await call(
            "CreateNatGateway",
            [("SubnetId", .string(subnetID)), ("AllocationId", .string(allocationID))]
                + tagSpecification("natgateway", tags))
        return NATGateway(root.child("natGateway") ?? root)
    }

    /// Lists NAT gateways (`DescribeNatGateways`, which takes `Filter.N` as well).
    public func describeNATGateways(ids: [String] = [], filters: [Filter] = []) async throws -> [NATGateway] {
        try await describe(
            "DescribeNatGateways", describeParameters(ids: ids, idName: "NatGatewayId", filters: filters),
            list: "natGatewaySet"
        ).map(NATGateway.init)
    }

    /// Deletes a NAT gateway (`DeleteNatGateway`).
    public func deleteNATGateway(id: String) async throws {
        _ = try await call("DeleteNatGateway", [("NatGatewayId", .string(id))])
    }
}
