import RempartAWS
import RempartSupport

/// `AWS::EC2::VPCGatewayAttachment`: `AttachInternetGateway`.
struct VPCGatewayAttachmentProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::VPCGatewayAttachment" }
    var noun: ResourceNoun {
        ResourceNoun("internet gateway attachment", fr: FrenchNoun("attachement de la passerelle Internet", .masculine))
    }
    var completesReferences: Bool { true }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let gateway = try properties.requiredText("InternetGatewayId", of: input.logicalID)
        let vpc = try properties.requiredText("VpcId", of: input.logicalID)
        try await input.context.services.ec2.attachInternetGateway(id: gateway, vpcID: vpc)
        return ResourceRecord(type: resourceType, id: gateway, attributes: ["VpcId": vpc])
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let properties = try await input.properties()
        let gateway = try properties.requiredText("InternetGatewayId", of: input.logicalID)
        let vpc = try properties.requiredText("VpcId", of: input.logicalID)
        let gateways = try await input.context.services.ec2.describeInternetGateways(
            filters: [EC2.Filter("internet-gateway-id", [gateway])])
        guard gateways.first?.attachedVPCIDs.contains(vpc) == true else { return nil }
        return ResourceRecord(type: resourceType, id: gateway, attributes: ["VpcId": vpc])
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        guard let vpc = record.attributes["VpcId"] else { return false }
        return try await AbsentResource.ignoring {
            try await context.services.ec2.detachInternetGateway(id: record.id, vpcID: vpc)
        }
    }
}
