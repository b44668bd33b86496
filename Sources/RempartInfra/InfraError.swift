/// An architecture defined in Swift that cannot be synthesized or deployed.
public enum InfraError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The resources of a stack refer to each other in a cycle.
    case dependencyCycle(stack: String, logicalIDs: [String])
    /// A stack declares a logical ID twice.
    case duplicateLogicalID(stack: String, logicalID: String)
    /// A stack imports an export that no stack of the app declares.
    case missingExport(stack: String, export: String)

    public var description: String {
        switch self {
        case .dependencyCycle(let stack, let ids):
            "the resources of \(stack) depend on each other in a cycle: \(ids.joined(separator: ", "))"
        case .duplicateLogicalID(let stack, let id):
            "\(stack) declares the logical ID '\(id)' more than once"
        case .missingExport(let stack, let export):
            "\(stack) imports \(export), which no stack of the app exports"
        }
    }
}
