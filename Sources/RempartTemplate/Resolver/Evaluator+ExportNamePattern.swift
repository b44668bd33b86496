import Foundation
import RempartSupport

extension Evaluator {
    /// Returns the pattern of an export name written with `Fn::Sub` or `Fn::Join`, when the
    /// name is unknown only because parameters have no value; else nil.
    mutating func exportNamePattern(of nameNode: Node, value: Node) -> ExportNamePattern? {
        guard case .intrinsic(let call) = nameNode.kind else { return nil }
        var segments: [ExportNamePattern.Segment]?
        switch call.name {
        case "Fn::Sub":
            guard case .string(let format) = call.argument.kind else { return nil }
            segments = subSegments(format, at: nameNode.location)
        case "Fn::Join":
            guard let parts = call.argument.elements, parts.count == 2, let delimiter = parts[0].knownText,
                let list = parts[1].elements
            else { return nil }
            segments = joinSegments(list, delimiter: delimiter)
        default:
            return nil
        }
        guard let segments, Self.isDistinctive(segments) else { return nil }
        return ExportNamePattern(segments: segments, value: value, location: nameNode.location)
    }

    /// Returns whether a pattern is specific enough to match imports: it has literal text, and
    /// a separator such as `-` stands between each parameter and its neighbours. Without that
    /// rule, `${AWS::StackName}Name` would match any import that ends with `Name`.
    static func isDistinctive(_ segments: [ExportNamePattern.Segment]) -> Bool {
        let separators: Set<Character> = ["-", "_", ":", ".", "/", "|", ","]
        var hasLiteral = false
        for (index, segment) in segments.enumerated() {
            guard case .parameter = segment else {
                hasLiteral = true
                continue
            }
            if index > 0 {
                guard case .literal(let before) = segments[index - 1], let last = before.last, separators.contains(last)
                else { return false }
            }
            if index + 1 < segments.count {
                guard case .literal(let after) = segments[index + 1], let first = after.first,
                    separators.contains(first)
                else { return false }
            }
        }
        return hasLiteral
    }

    private mutating func subSegments(_ format: String, at location: SourceLocation) -> [ExportNamePattern.Segment]? {
        var segments: [ExportNamePattern.Segment] = []
        var rest = Substring(format)
        while let start = rest.range(of: "${") {
            segments.append(.literal(String(rest[..<start.lowerBound])))
            guard let close = rest[start.upperBound...].firstIndex(of: "}") else { return nil }
            let variable = rest[start.upperBound..<close].trimmingCharacters(in: .whitespaces)
            rest = rest[rest.index(after: close)...]
            if variable.hasPrefix("!") {
                segments.append(.literal("${" + variable.dropFirst() + "}"))
                continue
            }
            guard !variable.contains("."), let segment = segment(for: Ref.value(of: variable, at: location, in: &self))
            else {
                return nil
            }
            segments.append(segment)
        }
        segments.append(.literal(String(rest)))
        return segments.filter { $0 != .literal("") }
    }

    private mutating func joinSegments(_ list: [Node], delimiter: String) -> [ExportNamePattern.Segment]? {
        var segments: [ExportNamePattern.Segment] = []
        for (index, element) in list.enumerated() {
            if index > 0, !delimiter.isEmpty { segments.append(.literal(delimiter)) }
            guard let segment = segment(for: evaluate(element)) else { return nil }
            segments.append(segment)
        }
        return segments
    }

    private func segment(for value: Node?) -> ExportNamePattern.Segment? {
        guard let value else { return nil }
        if case .unknown(.parameterWithoutValue(let name)) = value.kind { return .parameter(name) }
        // `${AWS::StackName}-VpcId` is the usual way to name exports; importers pass the
        // exporting stack's name as a parameter.
        if case .unknown(.pseudoParameter("AWS::StackName")) = value.kind { return .parameter("AWS::StackName") }
        guard !value.containsUnknown, let text = value.knownText else { return nil }
        return .literal(text)
    }
}
