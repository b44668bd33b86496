import RempartSupport

/// Values that evaluation takes from outside the templates.
public struct ResolutionOptions: Sendable {
    /// Parameter values by name, overriding defaults (`--parameter`, `--parameters-file`).
    public var parameters: [String: String]
    /// The region for `AWS::Region`, `Fn::GetAZs` and `AWS::Partition`.
    public var region: String
    /// The account ID for `AWS::AccountId`, unknown when nil.
    public var accountID: String?
    /// Values of resources that already exist, for a deployment through the API: `Ref` and `Fn::GetAtt`
    /// return the value stored under the reference (attribute nil for `Ref`) instead of a reference node.
    public var deployedValues: [ResourceReference: String]

    public init(
        parameters: [String: String] = [:], region: String = "us-east-1", accountID: String? = nil,
        deployedValues: [ResourceReference: String] = [:]
    ) {
        self.parameters = parameters
        self.region = region
        self.accountID = accountID
        self.deployedValues = deployedValues
    }
}

/// Evaluates parameters, conditions and intrinsic functions of the templates of one scan.
public struct TemplateResolver: Sendable {
    public var options: ResolutionOptions

    public init(options: ResolutionOptions = ResolutionOptions()) {
        self.options = options
    }

    /// Resolves every template; `Fn::ImportValue` finds the exports of the others.
    ///
    /// Exports are computed first. An export may itself import another one, so the export table
    /// is rebuilt until it stops changing, in at most one round per output plus one. Exports
    /// that import each other in a cycle stay unknown and get an error diagnostic. An import
    /// whose name matches exactly one export named after parameters without value (such as
    /// `${EnvironmentName}-VPCID`) takes that export's value, with a note.
    ///
    /// - Parameter templates: All templates of one scan.
    /// - Returns: One resolved template per input, in the same order.
    public func resolve(_ templates: [Template]) -> [ResolvedTemplate] {
        let exports = ExportTable.build(templates, options: options)
        return templates.map { template in
            var evaluator = Evaluator(
                template: template, options: options, exports: exports.values, exportPatterns: exports.patterns)
            let resources = evaluator.resolvedResources()
            let outputs = evaluator.evaluatedOutputs()
            var diagnostics = template.diagnostics + evaluator.diagnostics
            diagnostics += exports.diagnostics.filter { $0.location?.file == template.file }
            return ResolvedTemplate(
                template: template, resources: resources, outputs: outputs.outputs, exports: outputs.exports,
                diagnostics: diagnostics, parameters: evaluator.parameters.values,
                noEchoParameters: evaluator.parameters.noEchoNames)
        }
    }

    /// Resolves one template on its own: imports find only its own exports.
    public func resolve(_ template: Template) -> ResolvedTemplate {
        resolve([template])[0]
    }
}
