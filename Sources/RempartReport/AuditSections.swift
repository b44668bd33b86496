import RempartModel
import RempartScanner
import RempartSupport

/// The parts of the terminal report that only a live audit has: the reads that failed
/// (gaps) and the drift between the templates and the account.
struct AuditSections {
    var language: Language

    /// Returns the gap and drift sections of `result`, each preceded by a blank line, or
    /// nothing when it has neither.
    func render(_ result: ScanResult) -> [String] {
        var lines: [String] = []
        if !result.gaps.isEmpty {
            lines += ["", text("Gaps: reads that failed, so the checks they feed are undecided", "Lacunes : lectures échouées, les vérifications qui en dépendent sont donc indéterminées")]
            let rows = result.gaps.map { gap in
                [gap.service, gap.operation, gap.resourceID ?? "-", gap.localizedReason(language)]
            }
            let header = [text("Service", "Service"), text("Operation", "Opération"), text("Resource", "Ressource"), text("Reason", "Raison")]
            lines += Table(header: header, rows: rows, textColumns: 4).render()
        }
        if !result.drift.isEmpty {
            lines += ["", text("Drift: differences between the templates and the account", "Dérive : différences entre les modèles et le compte")]
            let rows = result.drift.map { drift in
                [
                    kindName(drift.kind), drift.type, drift.logicalID ?? "-", drift.resourceID ?? "-",
                    drift.property ?? "-", drift.expected ?? "-", drift.actual ?? "-",
                ]
            }
            let header = [
                text("Drift", "Dérive"), "Type", text("Logical ID", "ID logique"), text("Resource ID", "ID de ressource"),
                text("Property", "Propriété"), text("Template", "Modèle"), text("Account", "Compte"),
            ]
            lines += Table(header: header, rows: rows, textColumns: 7).render()
        }
        return lines
    }

    private func kindName(_ kind: ResourceDrift.Kind) -> String {
        switch kind {
        case .missing: text("missing", "absente")
        case .unmanaged: text("unmanaged", "non gérée")
        case .modified: text("modified", "modifiée")
        }
    }

    private func text(_ english: String, _ french: String) -> String {
        language == .french ? french : english
    }
}
