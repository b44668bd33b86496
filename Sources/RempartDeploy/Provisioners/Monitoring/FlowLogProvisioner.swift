import RempartAWS
import RempartSupport

/// `AWS::EC2::FlowLog`: `CreateFlowLogs` for one VPC, subnet or interface, delivered to S3 or CloudWatch Logs.
struct FlowLogProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::FlowLog" }
    var noun: ResourceNoun { ResourceNoun("flow log", fr: FrenchNoun("journaux de flux", .masculine, plural: true)) }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let tags = input.tags(properties)
        var parameters: [(String, QueryValue)] = [
            ("ResourceId", .list([.string(try properties.requiredText("ResourceId", of: input.logicalID))])),
            ("ResourceType", .string(properties.text("ResourceType") ?? "VPC")),
            ("TrafficType", .string(properties.text("TrafficType") ?? "ALL")),
        ]
        for key in ["LogDestinationType", "LogDestination", "LogGroupName", "DeliverLogsPermissionArn", "LogFormat"] {
            if let value = properties.text(key) { parameters.append((key, .string(value))) }
        }
        if let interval = properties.text("MaxAggregationInterval") {
            parameters.append(("MaxAggregationInterval", .string(interval)))
        }
        let tagList = QueryValue.list(
            tags.keys.sorted().map { .structure([("Key", .string($0)), ("Value", .string(tags[$0] ?? ""))]) })
        parameters.append(
            ("TagSpecification", .list([.structure([("ResourceType", .string("vpc-flow-log")), ("Tag", tagList)])])))
        let root = try await input.context.services.ec2.call("CreateFlowLogs", parameters)
        if let failure = root.list("unsuccessful").first {
            throw DeployError.stepAborted(
                step: input.logicalID, title: "Create flow log \(input.logicalID)",
                reason: failure.string("error/message") ?? failure.string("error/code") ?? "CreateFlowLogs failed")
        }
        return ResourceRecord(type: resourceType, id: root.list("flowLogIdSet").first?.text ?? "")
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        return try await context.services.ec2.describeFlowLogs(filters: context.tagFilters)
            .first { context.isOwned($0.tags) }
            .map { ResourceRecord(type: resourceType, id: $0.id) }
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        try await AbsentResource.ignoring { try await context.services.ec2.deleteFlowLogs(ids: [record.id]) }
    }
}
