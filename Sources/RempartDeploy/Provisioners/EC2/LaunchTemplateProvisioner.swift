import RempartAWS
import RempartSupport

/// `AWS::EC2::LaunchTemplate`: `CreateLaunchTemplate` with its metadata options and tags. Its version
/// attributes are both 1, the version a new template starts with.
struct LaunchTemplateProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::LaunchTemplate" }
    var noun: ResourceNoun { ResourceNoun("launch template", fr: FrenchNoun("modèle de lancement", .masculine)) }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        var data: [(String, QueryValue)] = []
        if let options = properties["LaunchTemplateData"]?["MetadataOptions"] {
            data.append(("MetadataOptions", InstanceProvisioner.metadataOptions(options)))
        }
        let tags = input.tags(properties["TagSpecifications"]?.elements?.first ?? properties)
        let tagList = QueryValue.list(
            tags.keys.sorted().map { .structure([("Key", .string($0)), ("Value", .string(tags[$0] ?? ""))]) })
        let root = try await input.context.services.ec2.call(
            "CreateLaunchTemplate",
            [
                ("LaunchTemplateName", .string(properties.text("LaunchTemplateName") ?? input.generatedName)),
                ("LaunchTemplateData", .structure(data)),
                (
                    "TagSpecification",
                    .list([.structure([("ResourceType", .string("launch-template")), ("Tag", tagList)])])
                ),
            ])
        let id = root.string("launchTemplate/launchTemplateId") ?? ""
        return record(id)
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        return try await context.services.ec2.describeLaunchTemplates(filters: context.tagFilters)
            .first { context.isOwned($0.tags) }
            .map { record($0.id) }
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        try await AbsentResource.ignoring { try await context.services.ec2.deleteLaunchTemplate(id: record.id) }
    }

    private func record(_ id: String) -> ResourceRecord {
        ResourceRecord(
            type: resourceType, id: id, attributes: ["LatestVersionNumber": "1", "DefaultVersionNumber": "1"])
    }
}
