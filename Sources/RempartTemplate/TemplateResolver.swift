import RempartSupport

/// Values that evaluation takes from outside the templates.
public struct ResolutionOptions: Sendable {
    /// Parameter values by name, overriding defaults (`--parameter`, `--parameters-file`).
    public var parameters: [String: String]
    /// The region for `AWS::Region`, `Fn::GetAZs` and `AWS::Partition`.
    public var region: String
    /// The account ID for `AWS::AccountId`, unknown when nil.
    public var accountID: String?

    public init(parameters: [String: String] = [:], region: String = "us-east-1", accountID: String? = nil) {
        self.parameters = parameters
        self.region = region
        self.accountID = accountID
    }
}

/// Evaluates parameters, conditions and intrinsic functions of the templates of one scan.
public struct TemplateResolver: Sendable {
    public var options: ResolutionOptions

    public init(options: ResolutionOptions = ResolutionOptions()) {
        self.options = options
    }

    /// Resolves every template; `Fn::ImportValue` finds the exports of the others.
    public func resolve(_ templates: [Template]) -> [ResolvedTemplate] {
        // TODO: replace with the evaluator.
        templates.map { ResolvedTemplate(template: $0, resources: []) }
    }
}
