import RempartSupport

/// An architecture defined in Swift that cannot be synthesized or deployed.
public enum InfraError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The resources of a stack refer to each other in a cycle.
    case dependencyCycle(stack: String, logicalIDs: [String])
    /// A stack declares a logical ID twice.
    case duplicateLogicalID(stack: String, logicalID: String)
    /// A stack imports an export that no stack of the app declares.
    case missingExport(stack: String, export: String)

    public var description: String { message.english }

    /// The message in English and French.
    public var message: LocalizedText {
        switch self {
        case .dependencyCycle(let stack, let ids):
            LocalizedText(
                "the resources of \(stack) depend on each other in a cycle: \(ids.joined(separator: ", "))",
                fr: "les ressources de \(stack) dépendent les unes des autres en cycle : "
                    + ids.joined(separator: ", "))
        case .duplicateLogicalID(let stack, let id):
            LocalizedText(
                "\(stack) declares the logical ID '\(id)' more than once",
                fr: "\(stack) déclare plus d'une fois l'ID logique « \(id) »")
        case .missingExport(let stack, let export):
            LocalizedText(
                "\(stack) imports \(export), which no stack of the app exports",
                fr: "\(stack) importe \(export), qu'aucune pile de l'application n'exporte")
        }
    }
}
