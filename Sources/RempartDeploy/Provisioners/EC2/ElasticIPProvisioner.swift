import RempartAWS
import RempartSupport

/// `AWS::EC2::EIP`: `AllocateAddress` with its tags, then `AssociateAddress` when it names an instance.
/// `Ref` returns the public IP, as in CloudFormation; `AllocationId` is an attribute.
struct ElasticIPProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::EIP" }
    var noun: ResourceNoun { ResourceNoun("Elastic IP", fr: FrenchNoun("adresse IP Elastic", .feminine)) }

    var settings: [ResourceSetting] {
        [
            ResourceSetting(
                name: "Association", propertyKeys: ["InstanceId"],
                title: LocalizedText("Associate % with its instance", fr: "Associer % à son instance")
            ) { input, record in
                let instance = try await input.properties().requiredText("InstanceId", of: input.logicalID)
                _ = try await input.context.services.ec2.call(
                    "AssociateAddress",
                    [("AllocationId", .string(record.attributes["AllocationId"] ?? "")), ("InstanceId", .string(instance))])
            }
        ]
    }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let address = try await input.context.services.ec2.allocateAddress(tags: input.tags(properties))
        return record(address)
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        return try await context.services.ec2.describeAddresses(filters: context.tagFilters)
            .first { context.isOwned($0.tags) }.map(record)
    }

    /// Disassociates the address when needed, then releases it. The address may still look associated right
    /// after its NAT gateway is deleted, so the release is retried until the wait times out.
    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        let ec2 = context.services.ec2
        guard let allocation = record.attributes["AllocationId"] else { return false }
        let addresses: [EC2.Address]
        do {
            addresses = try await ec2.describeAddresses(allocationIDs: [allocation])
        } catch where AbsentResource.matches(error) {
            return false
        }
        guard let address = addresses.first else { return false }
        if let association = address.associationID, !association.isEmpty {
            try await AbsentResource.ignoring {
                _ = try await ec2.call("DisassociateAddress", [("AssociationId", .string(association))])
            }
        }
        try await context.wait(for: allocation, toBe: "released") {
            do {
                try await AbsentResource.ignoring { try await ec2.releaseAddress(allocationID: allocation) }
                return true
            } catch let error as AWSError where error.code == "InvalidIPAddress.InUse" || error.code == "AuthFailure" {
                return false
            }
        }
        return true
    }

    private func record(_ address: EC2.Address) -> ResourceRecord {
        ResourceRecord(
            type: resourceType, id: address.publicIP,
            attributes: ["AllocationId": address.allocationID, "PublicIp": address.publicIP])
    }
}
