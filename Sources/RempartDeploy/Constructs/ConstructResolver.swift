import Foundation
import RempartInfra
import RempartSupport
import RempartTemplate

/// Resolves a construct's properties against what a deployment has created so far, with the
/// template resolver of `scan`: `Ref` returns a recorded physical ID, `Fn::GetAtt` a recorded
/// attribute, and `Fn::Sub`, `Fn::Join`, `Fn::Select`, `Fn::GetAZs`, `Fn::ImportValue`,
/// parameters and pseudo parameters evaluate as CloudFormation evaluates them.
public struct ConstructResolver: Sendable {
    /// The stacks as templates, one file per stack.
    public let templates: [Template]
    /// Parameter values known before deployment, such as `EnvironmentName`.
    public var parameters: [String: String]
    /// The lookup steps whose record's physical ID is the value of a parameter, by parameter name.
    public var parameterLookups: [String: String]
    /// The lookup step whose record's physical ID is the account ID, for `AWS::AccountId`.
    public var accountStep: String?
    /// The template file of every construct, by logical ID.
    private let fileOfResource: [String: String]

    /// Creates a resolver for `app`.
    public init(
        app: App, parameters: [String: String] = [:], parameterLookups: [String: String] = [:],
        accountStep: String? = nil
    ) {
        templates = app.stacks.map { stack in
            Template(file: stack.fileName, format: stack.fileName.hasSuffix(".json") ? .json : .yaml, root: stack.template)
        }
        self.parameters = parameters
        self.parameterLookups = parameterLookups
        self.accountStep = accountStep
        var files: [String: String] = [:]
        for stack in app.stacks {
            for construct in stack.resources { files[construct.logicalID] = stack.fileName }
        }
        fileOfResource = files
    }

    /// Returns the properties of `logicalID` under `keys`, resolved with the records of `state`.
    ///
    /// - Throws: `DeployError.unresolvedProperty` when one of them still depends on something unknown.
    public func properties(of logicalID: String, in file: String, keys: Set<String>, state: DeploymentState, region: String)
        throws -> Node
    {
        let options = resolutionOptions(state: state, region: region)
        let resolved = TemplateResolver(options: options).resolve(templates)
        let resource = resolved.first { $0.file == file }?.resource(logicalID)
        let entries = (resource?.properties.entries ?? []).filter { keys.contains($0.key) }
        let properties = Node(.mapping(entries), at: resource?.properties.location ?? SourceLocation(file: file, line: 1, column: 1))
        if let (path, reason) = properties.firstUnresolved() {
            throw DeployError.unresolvedProperty(logicalID: logicalID, property: path, reason: reason)
        }
        return properties
    }

    /// Returns the properties of `logicalID` under `keys`, resolved with the records of the running deployment.
    public func properties(of logicalID: String, in file: String, keys: Set<String>, context: StepContext) async throws
        -> Node
    {
        try properties(
            of: logicalID, in: file, keys: keys, state: await context.store.current, region: context.services.region)
    }

    /// Returns a function reading the account ID from the account lookup's record.
    func accountID(_ context: StepContext) -> @Sendable () async -> String? {
        let step = accountStep
        return {
            guard let step else { return nil }
            return await context.store.record(step)?.id
        }
    }

    /// The resolver's inputs: parameters, region, account and the values of the recorded resources.
    func resolutionOptions(state: DeploymentState, region: String) -> ResolutionOptions {
        var options = ResolutionOptions(
            parameters: parameters, region: region, accountID: accountStep.flatMap { state.resources[$0]?.id })
        for (parameter, step) in parameterLookups {
            if let value = state.resources[step]?.id { options.parameters[parameter] = value }
        }
        for (step, record) in state.resources {
            guard let file = fileOfResource[step] else { continue }
            options.deployedValues[ResourceReference(file: file, logicalID: step)] = record.id
            for (attribute, value) in record.attributes {
                options.deployedValues[ResourceReference(file: file, logicalID: step, attribute: attribute)] = value
            }
        }
        return options
    }
}
