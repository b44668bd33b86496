import RempartSupport

/// One intrinsic function of CloudFormation, evaluated by `Evaluator`.
protocol IntrinsicFunction: SendableMetatype {
    /// The long name, such as `Fn::Sub`.
    static var name: String { get }

    /// Returns the value of a call with `argument` located at `location`, or nil when the
    /// call removes its key or list element (`Ref AWS::NoValue`, an `Fn::If` choosing it).
    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node?
}

/// The dispatch table from long names to intrinsic functions.
enum IntrinsicTable {
    /// Every supported function by long name.
    static let functions: [String: any IntrinsicFunction.Type] = {
        let all: [any IntrinsicFunction.Type] = [
            ConditionFunction.self, FnAnd.self, FnBase64.self, FnCidr.self, FnEquals.self, FnFindInMap.self,
            FnGetAZs.self, FnGetAtt.self, FnIf.self, FnImportValue.self, FnJoin.self, FnLength.self, FnNot.self,
            FnOr.self, FnSelect.self, FnSplit.self, FnSub.self, FnToJsonString.self, FnTransform.self, Ref.self,
        ]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
    }()

    /// Returns the supported name closest to a misspelled one, for "did you mean" hints.
    static func closestName(to name: String) -> String? {
        let lowered = name.lowercased()
        if let exact = functions.keys.first(where: { $0.lowercased() == lowered }) { return exact }
        if let prefixed = functions.keys.first(where: { $0.lowercased() == "fn::" + lowered }) { return prefixed }
        return nil
    }
}
