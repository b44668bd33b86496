import Foundation
import RempartInfra
import RempartSupport
import RempartTemplate

/// Derives the steps of a deployment through the API from the constructs of an app's stacks.
///
/// Each construct becomes one step that its type's provisioner runs, plus one step per setting the
/// provisioner applies with later calls (a bucket's versioning, encryption, …). A step depends on
/// the steps of the resources its properties refer to (`Ref`, `Fn::GetAtt`, `${…}` in `Fn::Sub`,
/// `DependsOn`) and on the exporting stack's resources for each `Fn::ImportValue`. It also depends
/// on the lookup that supplies a parameter, and on the account lookup when it uses `AWS::AccountId`.
/// When a step runs, `ConstructResolver` resolves the construct's properties against the records of the
/// steps it depends on.
///
/// Step IDs are the logical IDs, so they must be unique across the app's stacks; a setting's step
/// is `<logical ID>/<setting>`.
public struct ConstructGraph: Sendable {
    /// The stacks whose constructs are deployed.
    public var app: App
    /// Resolves properties when a step runs.
    public var resolver: ConstructResolver
    /// The steps that read values from AWS for the resolver: the account ID and parameter values.
    public var lookups: [DeploymentStep]
    /// The provisioners by resource type.
    public var provisioners: [String: any Provisioner]
    /// Steps the constructs do not describe (an upload), run after the steps they depend on.
    public var extraSteps: [DeploymentStep]
    /// More dependencies by step ID, for orderings the templates do not state (an upload before a policy).
    public var extraDependencies: [String: [String]]

    /// Creates a graph builder.
    public init(
        app: App, resolver: ConstructResolver, lookups: [DeploymentStep] = [], extraSteps: [DeploymentStep] = [],
        provisioners: [String: any Provisioner] = Provisioners.all, extraDependencies: [String: [String]] = [:]
    ) {
        self.app = app
        self.resolver = resolver
        self.lookups = lookups
        self.extraSteps = extraSteps
        self.provisioners = provisioners
        self.extraDependencies = extraDependencies
    }

    /// Returns the lookups, one step per construct and per applied setting in the stacks' order, then the extra
    /// steps.
    ///
    /// - Throws: `DeployError.invalidArchitecture` for a logical ID used twice or an import without
    ///   export, and `DeployError.unsupportedResourceType` for a type without a provisioner.
    public func steps() throws -> [DeploymentStep] {
        let exports = try exportedValues()

        // The settings each construct applies, known before any step is built.
        var settingSteps = Set<String>()
        var neededSettings = Set<String>()
        for stack in app.stacks {
            for construct in stack.resources {
                let present = construct.properties.entries.map(\.key)
                for setting in provisioners[construct.resourceType]?.settings ?? []
                where setting.propertyKeys.contains(where: present.contains) {
                    settingSteps.insert("\(construct.logicalID)/\(setting.name)")
                    if setting.isNeededByDependents { neededSettings.insert("\(construct.logicalID)/\(setting.name)") }
                }
            }
        }

        // One step per construct and setting, in the stacks' order.
        var seen = Set((lookups + extraSteps).map(\.id))
        var steps = lookups
        for stack in app.stacks {
            for construct in stack.resources {
                guard seen.insert(construct.logicalID).inserted else {
                    throw DeployError.invalidArchitecture("logical ID '\(construct.logicalID)' is used twice")
                }
                guard let provisioner = provisioners[construct.resourceType] else {
                    throw DeployError.unsupportedResourceType(
                        logicalID: construct.logicalID, type: construct.resourceType)
                }
                steps += try self.steps(
                    of: construct, in: stack, provisioner: provisioner, exports: exports, settingSteps: settingSteps)
            }
        }

        // Orderings beyond the references: completion, extra steps, needed settings.
        steps = withCompletion(steps)
        steps = (steps + extraSteps).map { step in
            var step = step
            step.dependencies += extraDependencies[step.id] ?? []
            return step
        }
        steps = withSettings(steps, neededSettings: neededSettings)

        let problems = DeploymentGraph(steps: steps).validationProblems()
        guard problems.isEmpty else { throw DeployError.invalidArchitecture(problems.joined(separator: "; ")) }
        return steps
    }

    // MARK: - Steps of one construct

    /// The main step and the setting steps of `construct`.
    private func steps(
        of construct: any Construct, in stack: Stack, provisioner: any Provisioner, exports: [String: Node],
        settingSteps: Set<String>
    ) throws -> [DeploymentStep] {
        let logicalID = construct.logicalID
        let properties = construct.properties
        let present = properties.entries.map(\.key)
        let settings = provisioner.settings.filter { setting in setting.propertyKeys.contains(where: present.contains) }
        let settingKeys = Set(settings.flatMap(\.propertyKeys))
        let mainKeys = Set(present).subtracting(settingKeys).union(["Tags"])

        var mainDependencies = try dependencies(of: properties, keys: mainKeys, in: stack, exports: exports)
        mainDependencies += construct.attributes.dependsOn.filter { stack.resource($0) != nil }
        if provisioner.usesAccount, let account = resolver.accountStep { mainDependencies.append(account) }
        let main = mainStep(
            logicalID: logicalID, file: stack.fileName, keys: mainKeys, provisioner: provisioner,
            dependencies: unique(mainDependencies))

        var steps = [main]
        for setting in settings {
            let keys = Set(setting.propertyKeys)
            var dependencies = [logicalID]
            let referenced = try self.dependencies(of: properties, keys: keys, in: stack, exports: exports)
            dependencies += referenced
            for name in setting.after {
                for resource in [logicalID] + referenced where settingSteps.contains("\(resource)/\(name)") {
                    dependencies.append("\(resource)/\(name)")
                }
            }
            steps.append(
                settingStep(
                    setting, logicalID: logicalID, file: stack.fileName, keys: keys, provisioner: provisioner,
                    dependencies: unique(dependencies)))
        }
        return steps
    }

    private func mainStep(
        logicalID: String, file: String, keys: Set<String>, provisioner: any Provisioner, dependencies: [String]
    ) -> DeploymentStep {
        let resolver = resolver
        let graph = self
        let title = provisioner.title(logicalID)
        let create: @Sendable (StepContext) async throws -> ResourceRecord = { context in
            let properties = try await resolver.properties(of: logicalID, in: file, keys: keys, context: context)
            let input = ProvisioningInput(
                context: context, logicalID: logicalID, accountID: resolver.accountID(context),
                properties: { properties })
            return try await provisioner.create(input)
        }
        let find: @Sendable (StepContext) async throws -> ResourceRecord? = { context in
            let input = ProvisioningInput(
                context: context, logicalID: logicalID, accountID: resolver.accountID(context)
            ) {
                // A lost state file leaves the records of the steps this one refers to unknown: find those first.
                try await graph.recordMissing(dependencies, context: context)
                return try await resolver.properties(of: logicalID, in: file, keys: keys, context: context)
            }
            do {
                return try await provisioner.find(input)
            } catch DeployError.unresolvedProperty {
                // A resource whose name depends on resources that do not exist was never created.
                return nil
            }
        }
        var delete: (@Sendable (StepContext, ResourceRecord) async throws -> Bool)?
        if provisioner.deletes {
            delete = { @Sendable context, record in try await provisioner.delete(record, context: context) }
        }
        let deletionTitle = provisioner.deletionTitle(logicalID)
        return DeploymentStep(
            id: logicalID, title: title.english, frenchTitle: title.french, deletionTitle: deletionTitle.english,
            deletionFrenchTitle: deletionTitle.french, frenchNoun: provisioner.noun.french,
            resourceType: provisioner.resourceType,
            dependencies: dependencies, source: DeploymentStep.PropertySource(logicalID: logicalID, file: file, keys: keys),
            create: create, find: find, delete: delete)
    }

    private func settingStep(
        _ setting: ResourceSetting, logicalID: String, file: String, keys: Set<String>, provisioner: any Provisioner,
        dependencies: [String]
    ) -> DeploymentStep {
        let resolver = resolver
        let resource = "\(provisioner.noun.english) \(logicalID)"
        let french = provisioner.noun.french
        let type = "\(provisioner.resourceType)/\(setting.name)"

        // Both run the setting's call on the resource's record, with the resource's step ID for its tags.
        let run: @Sendable (StepContext, @escaping @Sendable (ProvisioningInput, ResourceRecord) async throws -> Void)
            async throws -> ResourceRecord = { context, body in
                let record = try await context.record(logicalID)
                let properties = try await resolver.properties(of: logicalID, in: file, keys: keys, context: context)
                var resourceContext = context
                resourceContext.stepID = logicalID
                let input = ProvisioningInput(
                    context: resourceContext, logicalID: logicalID, accountID: resolver.accountID(context),
                    properties: { properties })
                try await body(input, record)
                return ResourceRecord(type: type, id: record.id)
            }
        var update: (@Sendable (StepContext, ResourceRecord) async throws -> ResourceRecord)?
        if let apply = setting.update {
            update = { context, _ in try await run(context, apply) }
        }
        return DeploymentStep(
            id: "\(logicalID)/\(setting.name)",
            title: setting.title.english.replacingOccurrences(of: "%", with: resource),
            frenchTitle: french.filling(setting.title.french, name: logicalID),
            resourceType: provisioner.resourceType, dependencies: dependencies,
            source: DeploymentStep.PropertySource(logicalID: logicalID, file: file, keys: keys),
            create: { context in try await run(context, setting.apply) }, update: update)
    }

    // MARK: - Dependencies

    /// Returns the steps the properties under `keys` refer to. These are resources of the same stack, the
    /// exporting stack's resources for imports, the lookups that supply parameters, and the account lookup.
    private func dependencies(of properties: Node, keys: Set<String>, in stack: Stack, exports: [String: Node])
        throws -> [String]
    {
        var result: [String] = []
        for entry in properties.entries where keys.contains(entry.key) {
            result += names(in: entry.value, stack: stack)
            for name in Self.importedExportNames(in: entry.value) {
                let key = NodeFormatter.compactJSON(name)
                guard let value = exports[key], let exporter = exporterStack[key] else {
                    throw DeployError.invalidArchitecture("no stack exports \(key), which '\(stack.fileName)' imports")
                }
                result += names(in: value, stack: exporter)
            }
        }
        return unique(result)
    }

    /// Returns the steps that `Ref`, `Fn::GetAtt` and `Fn::Sub` in `node` name, read in `stack`.
    private func names(in node: Node, stack: Stack) -> [String] {
        ReferenceCollector.names(in: node).sorted().compactMap { name in
            if stack.resource(name) != nil { return name }
            if name == "AWS::AccountId" { return resolver.accountStep }
            return resolver.parameterLookups[name]
        }
    }

    /// Returns the value of every export, by the compact JSON of its name.
    private func exportedValues() throws -> [String: Node] {
        var values: [String: Node] = [:]
        for stack in app.stacks {
            for output in stack.outputs {
                if let name = output.exportName { values[NodeFormatter.compactJSON(name.node)] = output.value.node }
            }
        }
        return values
    }

    /// The stack of every export, by the compact JSON of its name.
    private var exporterStack: [String: Stack] {
        var stacks: [String: Stack] = [:]
        for stack in app.stacks {
            for output in stack.outputs {
                if let name = output.exportName { stacks[NodeFormatter.compactJSON(name.node)] = stack }
            }
        }
        return stacks
    }

    /// Returns the arguments of every `Fn::ImportValue` inside `node`.
    static func importedExportNames(in node: Node) -> [Node] {
        switch node.kind {
        case .sequence(let elements): return elements.flatMap(importedExportNames)
        case .mapping(let entries): return entries.flatMap { importedExportNames(in: $0.value) }
        case .intrinsic(let call) where call.name == "Fn::ImportValue": return [call.argument]
        case .intrinsic(let call): return importedExportNames(in: call.argument)
        default: return []
        }
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// Makes every step that depends on a resource also depend on that resource's settings that its
    /// dependents need (`ResourceSetting.isNeededByDependents`): an instance starts after its subnet maps
    /// public IPs and its security group has its rules.
    private func withSettings(_ steps: [DeploymentStep], neededSettings: Set<String>) -> [DeploymentStep] {
        var settingsOf: [String: [String]] = [:]
        for id in neededSettings.sorted() {
            guard let slash = id.firstIndex(of: "/") else { continue }
            settingsOf[String(id[..<slash]), default: []].append(id)
        }
        return steps.map { step in
            let owner = step.id.split(separator: "/").first.map(String.init)
            var result = step
            for dependency in step.dependencies where dependency != owner {
                result.dependencies += settingsOf[dependency] ?? []
            }
            result.dependencies = unique(result.dependencies)
            return result
        }
    }

    /// Adds to the steps of resources that wait for completion the steps that complete what they depend on,
    /// and what those completing steps depend on in turn. For an instance, these are its subnet's association,
    /// the routes of that subnet's table, and the internet gateway's attachment behind a public route.
    private func withCompletion(_ steps: [DeploymentStep]) -> [DeploymentStep] {
        var completers: [String: [String]] = [:]
        for stack in app.stacks {
            for construct in stack.resources where provisioners[construct.resourceType]?.completesReferences == true {
                let referenced = ReferenceCollector.names(in: construct.properties).union(construct.attributes.dependsOn)
                for name in referenced.sorted() where stack.resource(name) != nil {
                    completers[name, default: []].append(construct.logicalID)
                }
            }
        }
        let byID = Dictionary(steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let waiting = Set(
            app.stacks.flatMap(\.resources).filter { provisioners[$0.resourceType]?.waitsForCompletion == true }
                .map(\.logicalID))
        return steps.map { step in
            guard waiting.contains(step.id) else { return step }
            var added: [String] = []
            var pending = step.dependencies
            var visited = Set(pending)
            while let next = pending.popLast() {
                for completer in completers[next] ?? [] where visited.insert(completer).inserted {
                    added.append(completer)
                    pending += byID[completer]?.dependencies ?? []
                }
            }
            var result = step
            result.dependencies = unique(step.dependencies + added)
            return result
        }
    }

    // MARK: - Finding without a state file

    /// Records the steps among `ids` that have no record yet: lookups are run, resources are found
    /// (with their own missing dependencies first). Steps that find nothing stay unrecorded.
    func recordMissing(_ ids: [String], context: StepContext) async throws {
        let all = try steps()
        let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in ids where await context.store.record(id) == nil {
            guard let step = byID[id] else { continue }
            var stepContext = context
            stepContext.stepID = id
            if step.resourceType == ResourceRecord.lookupType {
                try await context.store.complete(id, try await step.create(stepContext))
            } else if let find = step.find, let record = try await find(stepContext) {
                try await context.store.complete(id, record)
            }
        }
    }
}
