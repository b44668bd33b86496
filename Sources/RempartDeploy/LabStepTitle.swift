import RempartSupport

/// The French titles of the lab's deployment steps, by step ID.
///
/// The plan names its steps in English (`Create VPC`); the deploy and destroy commands print
/// these titles instead when the language is French. Steps whose ID carries a name or a number
/// (`instance-…`, `nat-gateway-1`, `…-association`) are translated from their English title.
public enum LabStepTitle {
    /// Returns the French title of the step `id` whose English title is `english`, or nil when
    /// the step is unknown.
    public static func french(step id: String, english: String) -> String? {
        if let title = fixed[id] { return title }
        for (bucket, name) in buckets {
            guard id.hasPrefix(bucket) else { continue }
            let rest = id.dropFirst(bucket.count)
            if rest.isEmpty, english.hasPrefix("Create ") { return "Créer \(name)" }
            if let action = bucketActions[String(rest)] { return action.replacingOccurrences(of: "%", with: name) }
        }
        for (prefix, suffix, template) in patterns where english.hasPrefix(prefix) && english.hasSuffix(suffix)
            && english.count >= prefix.count + suffix.count
        {
            let middle = String(english.dropFirst(prefix.count).dropLast(suffix.count))
            return template.replacingOccurrences(of: "%", with: middle)
                .replacingOccurrences(of: " to NAT gateway ", with: " vers la passerelle NAT ")
        }
        if english.hasPrefix("Associate "), let range = english.range(of: " with ") {
            let subnet = english[english.index(english.startIndex, offsetBy: 10)..<range.lowerBound]
            return "Associer \(subnet) à \(english[range.upperBound...])"
        }
        return nil
    }

    /// Returns the title of the step `id` in `language`, or `english` for an unknown step.
    public static func title(step id: String, english: String, language: Language) -> String {
        switch language {
        case .english: english
        case .french: french(step: id, english: english) ?? english
        }
    }

    /// Steps whose ID and title have no variable part.
    private static let fixed: [String: String] = [
        "account": "Lire l'ID du compte",
        "linux-ami": "Trouver l'AMI Amazon Linux",
        "windows-ami": "Trouver l'AMI Windows",
        "vpc": "Créer le VPC",
        "internet-gateway": "Créer la passerelle Internet",
        "internet-gateway-attachment": "Attacher la passerelle Internet au VPC",
        "security-group": "Créer le groupe de sécurité",
        "public-route-table": "Créer la table de routage publique",
        "public-route": "Router les sous-réseaux publics vers la passerelle Internet",
        "instance-role": "Créer le rôle d'instance",
        "instance-profile": "Créer le profil d'instance",
        "bucket-key": "Créer la clé KMS des compartiments",
        "source-upload": "Téléverser le code source et le rapport d'analyse",
        "bucket-logging": "Activer la journalisation des accès serveur du compartiment",
        "replication-role": "Créer le rôle de réplication",
        "bucket-replication": "Répliquer le compartiment vers le compartiment de réplique",
        "flow-log": "Créer les journaux de flux du VPC (REJECT) vers le compartiment",
        "trail": "Créer le journal de suivi CloudTrail des événements de données du compartiment",
        "trail-log-group": "Créer le groupe de journaux CloudWatch Logs du journal de suivi",
        "trail-logs-role": "Créer le rôle qui écrit le journal de suivi dans CloudWatch Logs",
    ]

    /// The buckets' step IDs and French names, longest ID first so `log-bucket` wins over `bucket`.
    private static let buckets: [(String, String)] = [
        ("replica-bucket", "le compartiment de réplique"),
        ("log-bucket", "le compartiment de journaux"),
        ("bucket", "le compartiment"),
    ]

    /// The steps each bucket has, by the end of their ID; `%` is replaced by the bucket's name.
    private static let bucketActions: [String: String] = [
        "-encryption": "Chiffrer %",
        "-public-access-block": "Bloquer l'accès public à %",
        "-versioning": "Activer le versionnage sur %",
        "-policy": "Appliquer la politique TLS seulement à %",
        "-logging": "Activer la journalisation des accès serveur sur %",
    ]

    /// Titles of the form `prefix VALUE suffix`; `%` is replaced by the value.
    private static let patterns: [(String, String, String)] = [
        ("Create NetworkPacketsIn alarm for ", "", "Créer l'alarme NetworkPacketsIn de %"),
        ("Create public subnet in ", "", "Créer le sous-réseau public dans %"),
        ("Create private subnet in ", "", "Créer le sous-réseau privé dans %"),
        ("Allocate Elastic IP for NAT gateway ", "", "Allouer une adresse IP Elastic à la passerelle NAT %"),
        ("Create NAT gateway ", "", "Créer la passerelle NAT %"),
        ("Create private route table ", "", "Créer la table de routage privée %"),
        ("Route private subnet ", "", "Router le sous-réseau privé %"),
        ("Create instance ", "", "Créer l'instance %"),
    ]
}
