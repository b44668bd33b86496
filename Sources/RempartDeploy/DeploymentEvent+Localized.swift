import RempartSupport

extension DeploymentEvent {
    /// The progress line in `language`: `line` in English, and in French the step's French title
    /// with French words around it (`[INFO] [3/41] Créer le VPC : vpc-0abc`).
    public func line(in language: Language) -> String {
        guard language == .french else { return line }
        let title = frenchTitle ?? title
        let counter = "[\(position)/\(total)]"
        switch kind {
        case .started: return "[INFO] \(counter) \(title)"
        case .created: return "[INFO] \(counter) \(title) : \(resourceID ?? "fait")"
        case .recorded: return "[INFO] \(counter) \(title) : \(resourceID ?? "") (déjà créé)"
        case .found: return "[INFO] \(counter) \(title) : \(resourceID ?? "") (trouvé par étiquette, adopté)"
        case .deleted: return "[INFO] \(counter) \(title) : \(resourceID ?? "") supprimé"
        case .absent: return "[INFO] \(counter) \(title) : rien à supprimer"
        case .failed: return "[ERROR] \(counter) \(title) : \(reason ?? "échec")"
        }
    }
}
