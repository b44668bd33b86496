import RempartSupport

extension DeploymentEvent {
    /// The progress line in `language`: `line` in English, and in French the step's French title
    /// with French words around it (`[INFO] [3/41] Créer le VPC : vpc-0abc`), whose participles agree with the
    /// resource's noun (`l'alarme … supprimée`).
    public func line(in language: Language) -> String {
        guard language == .french else { return line }
        let title = frenchTitle ?? title
        let counter = "[\(position)/\(total)]"
        let noun = frenchNoun ?? FrenchNoun("", .masculine)
        let id = resourceID ?? ""
        switch kind {
        case .started: return "[INFO] \(counter) \(title)"
        case .created: return "[INFO] \(counter) \(title) : \(resourceID ?? "fait")"
        case .recorded: return "[INFO] \(counter) \(title) : \(id) (déjà \(noun.agreeing("créé")))"
        case .found:
            return "[INFO] \(counter) \(title) : \(id) (\(noun.agreeing("trouvé")) par étiquette ou par nom, "
                + "\(noun.agreeing("adopté")))"
        case .updated: return "[INFO] \(counter) \(title) : \(id) (\(noun.agreeing("mis")) à jour)"
        case .deleted: return "[INFO] \(counter) \(title) : \(id) \(noun.agreeing("supprimé"))"
        case .alreadyGone: return "[INFO] \(counter) \(title) : \(id) \(noun.was) déjà \(noun.agreeing("supprimé"))"
        case .absent: return "[INFO] \(counter) \(title) : rien à supprimer"
        case .failed: return "[ERROR] \(counter) \(title) : \(frenchReason ?? reason ?? "échec")"
        }
    }
}
