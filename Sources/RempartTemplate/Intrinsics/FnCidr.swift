import RempartSupport

/// `Fn::Cidr`: `count` consecutive subnet blocks of `cidrBits` host bits carved from a block.
enum FnCidr: IntrinsicFunction {
    static let name = "Fn::Cidr"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let expected = LocalizedText("[ipBlock, count, cidrBits]", fr: "[blocIP, nombre, bitsCIDR]")
        guard case .sequence(let arguments) = argument.kind, arguments.count == 3 else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        let values = arguments.map { evaluator.evaluateRequired($0) }
        if let unknown = values.first(where: \.containsUnknown) { return unknown.dependentUnknown(at: location) }
        guard let block = values[0].knownText, let count = values[1].intValue, let bits = values[2].intValue else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        switch CIDRBlock.subnets(of: block, count: count, hostBits: bits) {
        case .success(let subnets):
            return Node(.sequence(subnets.map { Node(.string($0), at: location) }), at: location)
        case .failure(let problem):
            evaluator.report(Diagnostic(.error, problem.message, at: location))
            return .unknown(.unsupported("invalid Fn::Cidr"), at: location)
        }
    }
}
