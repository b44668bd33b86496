import RempartSupport

/// `Fn::Transform`: a macro run by CloudFormation at deployment, whose output is unknown here.
enum FnTransform: IntrinsicFunction {
    static let name = "Fn::Transform"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let macro = argument["Name"]?.scalarText ?? "?"
        return .unknown(.unsupported("Fn::Transform macro '\(macro)'"), at: location)
    }
}
