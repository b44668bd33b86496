import RempartSupport

/// `Fn::Transform`: a macro run by CloudFormation at deployment, whose output is unknown here.
///
/// The argument is a mapping with `Name` and `Parameters`; a list of such mappings is read
/// too. Written beside other keys of a mapping, the call stays in the
/// evaluated mapping under its key as an unknown value (see `Node.pendingTransform`), because
/// the macro's output merges into that mapping.
enum FnTransform: IntrinsicFunction {
    static let name = "Fn::Transform"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        unknownOutput(of: argument, at: location)
    }

    /// Returns the unknown value that represents the macro's output.
    static func unknownOutput(of argument: Node, at location: SourceLocation) -> Node {
        .unknown(.unsupported("Fn::Transform macro '\(macroName(argument))'"), at: location)
    }

    /// Returns the macro names of `argument`, joined with commas for the list form, or `?` when none is a string.
    static func macroName(_ argument: Node) -> String {
        let calls = argument.elements ?? [argument]
        let names = calls.compactMap { $0["Name"]?.scalarText }
        return names.isEmpty ? "?" : names.joined(separator: ", ")
    }
}
