import Foundation
import RempartModel
import RempartSupport
import RempartTemplate

/// Reads IAM policy documents out of resolved template values.
///
/// CloudFormation takes a document as a mapping or as a JSON string, and a `Statement` as one
/// mapping or a list. `Action`, `Resource` and principal values may be a string or a list. A
/// `Ref` or `Fn::GetAtt` inside a document names a resource of the scan and is kept as a link.
enum PolicyDocumentReader {
    /// Returns the document `node` holds, or an unresolved value when it cannot be read.
    static func read(_ node: Node) -> Resolved<PolicyDocument> {
        let origin = Origin.source(node.location)
        switch node.kind {
        case .unknown(let reason):
            return .unresolved(reason.description, at: origin)
        case .string(let text):
            // A JSON string loses its inner positions: every value points at the string.
            guard let data = text.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { return .unresolved("the policy document is not valid JSON", at: origin) }
            return read(decodedNode(object, at: node.location))
        case .mapping:
            return .explicit(document(node), at: origin)
        default:
            return .unresolved("the policy document is not a mapping: \(node)", at: origin)
        }
    }

    private static func document(_ node: Node) -> PolicyDocument {
        let statementNodes: [Node]
        if let statement = node["Statement"] {
            statementNodes = statement.elements ?? [statement]
        } else {
            statementNodes = []
        }
        return PolicyDocument(
            version: node["Version"]?.scalarText, statements: statementNodes.map(statement),
            origin: .source(node.location))
    }

    private static func statement(_ node: Node) -> PolicyStatement {
        var unresolvedParts: [String] = []
        if node.isUnknown { unresolvedParts.append("the statement is unknown") }
        let effect = node["Effect"]?.scalarText
        if let effectNode = node["Effect"], effect == nil {
            unresolvedParts.append("Effect: \(effectNode)")
        }

        var conditions: [PolicyCondition] = []
        if let conditionNode = node["Condition"] {
            if case .mapping(let operators) = conditionNode.kind {
                for operatorEntry in operators {
                    guard case .mapping(let keys) = operatorEntry.value.kind else {
                        unresolvedParts.append("Condition.\(operatorEntry.key)")
                        continue
                    }
                    for keyEntry in keys {
                        conditions.append(
                            PolicyCondition(
                                operator: operatorEntry.key, key: keyEntry.key, values: valueList(keyEntry.value)))
                    }
                }
            } else {
                unresolvedParts.append("Condition")
            }
        }

        return PolicyStatement(
            sid: node["Sid"]?.scalarText, effect: effect, actions: valueList(node["Action"]),
            notActions: valueList(node["NotAction"]), resources: valueList(node["Resource"]),
            notResources: valueList(node["NotResource"]), principal: node["Principal"].map(principal),
            notPrincipal: node["NotPrincipal"].map(principal), conditions: conditions,
            unresolvedParts: unresolvedParts, origin: .source(node.location))
    }

    private static func principal(_ node: Node) -> PolicyPrincipal {
        let origin = Origin.source(node.location)
        switch node.kind {
        case .mapping(let entries):
            return PolicyPrincipal(
                isBareWildcard: false,
                entries: entries.map { PolicyPrincipal.Entry(kind: $0.key, values: valueList($0.value)) },
                origin: origin)
        case .unknown(let reason):
            return PolicyPrincipal(isBareWildcard: false, unresolved: reason.description, origin: origin)
        default:
            if let text = node.scalarText {
                // IAM accepts only "*" as a bare string; any other string is read as an AWS principal.
                if text == "*" { return PolicyPrincipal(isBareWildcard: true, origin: origin) }
                return PolicyPrincipal(
                    isBareWildcard: false,
                    entries: [PolicyPrincipal.Entry(kind: "AWS", values: valueList(node))], origin: origin)
            }
            return PolicyPrincipal(isBareWildcard: false, unresolved: "Principal: \(node)", origin: origin)
        }
    }

    /// Reads a string or a list of strings.
    static func valueList(_ node: Node?) -> PolicyValueList {
        guard let node else { return .absent }
        let elements = node.elements
        var values: [String] = []
        var references: [ResourceLink] = []
        var deploymentValues: [String] = []
        var unresolved: [String] = []
        for element in elements ?? [node] {
            switch element.kind {
            case .reference(let reference):
                references.append(
                    ResourceLink(file: reference.file, logicalID: reference.logicalID, attribute: reference.attribute))
            case .unknown(let reason) where isPseudoParameterOnly(reason):
                deploymentValues.append(reason.description)
            case .unknown(let reason):
                unresolved.append(reason.description)
            default:
                if let text = element.scalarText {
                    values.append(text)
                } else {
                    unresolved.append("not a string: \(element)")
                }
            }
        }
        return PolicyValueList(
            values: values, references: references, deploymentValues: deploymentValues, unresolved: unresolved,
            isScalar: elements == nil, origin: .source(node.location))
    }

    /// Whether a value is unknown only because of a pseudo parameter, which is never `*`.
    ///
    /// NOTE: a `Fn::Sub` that mixes pseudo parameters with other unknowns reports only the first
    /// unknown it meets, read here from its description; such a string is never `*` either,
    /// because it holds more than one substitution or some literal text.
    private static func isPseudoParameterOnly(_ reason: UnknownReason) -> Bool {
        switch reason {
        case .pseudoParameter: return true
        case .dependsOnUnknown(let text): return text.hasPrefix("'AWS::") && text.hasSuffix("is only known at deployment")
        default: return false
        }
    }

    /// Converts a value decoded by `JSONSerialization` into a node located at `location`.
    private static func decodedNode(_ object: Any, at location: SourceLocation) -> Node {
        switch object {
        case let dictionary as [String: Any]:
            let entries = dictionary.keys.sorted().map { key in
                Node.Entry(key: key, keyLocation: location, value: decodedNode(dictionary[key] as Any, at: location))
            }
            return Node(.mapping(entries), at: location)
        case let array as [Any]:
            return Node(.sequence(array.map { decodedNode($0, at: location) }), at: location)
        case let string as String:
            return Node(.string(string), at: location)
        case let number as NSNumber:
            // JSONSerialization returns booleans as NSNumber with the Objective-C type `c`.
            if String(cString: number.objCType) == "c" { return Node(.bool(number.boolValue), at: location) }
            return Node(.number(number.stringValue), at: location)
        default:
            return Node(.null, at: location)
        }
    }
}
