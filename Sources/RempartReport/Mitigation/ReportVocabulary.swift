import RempartSupport

/// The headings and labels of the mitigation report, in English and French (Québec usage).
enum ReportVocabulary {
    static let title = LocalizedText("Rempart mitigation report", fr: "Rapport d'atténuation Rempart")
    static let generatedOn = LocalizedText("Generated on", fr: "Produit le")
    static let filesScanned = LocalizedText("Files scanned", fr: "Fichiers analysés")
    static let liveAudited = LocalizedText("Live resources audited", fr: "Ressources en service auditées")
    static let account = LocalizedText("account", fr: "compte")
    static let region = LocalizedText("region", fr: "région")
    static let unknownAccount = LocalizedText("unknown account", fr: "compte inconnu")

    static let summary = LocalizedText("Summary", fr: "Sommaire")
    static let bySeverity = LocalizedText("Findings by severity", fr: "Constats par gravité")
    static let byFile = LocalizedText("Findings by file", fr: "Constats par fichier")
    static let byResource = LocalizedText("Findings by resource", fr: "Constats par ressource")
    static let checksPassed = LocalizedText("Checks passed", fr: "Vérifications réussies")
    static let checksUnknown = LocalizedText(
        "Checks undecided (a value is unknown before deployment)",
        fr: "Vérifications indéterminées (une valeur est inconnue avant le déploiement)")
    static let unmatchedRules = LocalizedText(
        "Failures of rules missing from this report", fr: "Échecs de règles absentes de ce rapport")
    static let noFinding = LocalizedText(
        "No finding: no check failed.", fr: "Aucun constat : aucune vérification n'a échoué.")

    static let architecture = LocalizedText("Architecture", fr: "Architecture")
    static let diagramCaption = LocalizedText(
        "Resources drawn from the scanned input, with the findings on each one.",
        fr: "Ressources tirées des données analysées, avec les constats de chacune.")

    static let mitigations = LocalizedText("Mitigations", fr: "Mesures d'atténuation")
    static let mitigationsIntro = LocalizedText(
        "One row per check and file, most severe first.",
        fr: "Une ligne par vérification et par fichier, les plus graves d'abord.")
    static let liveMitigationsIntro = LocalizedText(
        "One row per check and resource, most severe first.",
        fr: "Une ligne par vérification et par ressource, les plus graves d'abord.")

    /// Returns the introduction of the mitigation table: its rows are per file for a scan,
    /// per resource for an audit.
    static func mitigationsIntro(for subject: MitigationReport.Subject) -> LocalizedText {
        if case .files = subject { return mitigationsIntro }
        return liveMitigationsIntro
    }
    static let details = LocalizedText("Findings in detail", fr: "Constats en détail")

    static let check = LocalizedText("Check", fr: "Vérification")
    static let severity = LocalizedText("Severity", fr: "Gravité")
    static let file = LocalizedText("File", fr: "Fichier")
    static let resource = LocalizedText("Resource", fr: "Ressource")
    static let problem = LocalizedText("Problem", fr: "Problème")
    static let mitigation = LocalizedText("Mitigation", fr: "Atténuation")
    static let findings = LocalizedText("Findings", fr: "Constats")
    static let occurrences = LocalizedText("Occurrences", fr: "Occurrences")
    static let total = LocalizedText("Total", fr: "Total")

    /// Returns the column heading of places: files for a scan, resources for an audit.
    static func place(for subject: MitigationReport.Subject) -> LocalizedText {
        if case .files = subject { return file }
        return resource
    }

    /// Returns `label: value` with the colon spacing of `language` (a no-break space before
    /// the colon in French).
    static func labelled(_ label: LocalizedText, _ value: String, in language: Language) -> String {
        switch language {
        case .english: "\(label(language)): \(value)"
        case .french: "\(label(language))\u{00A0}: \(value)"
        }
    }

    /// Returns a description of the live account audited.
    static func liveSubject(accountID: String?, region: String?, in language: Language) -> String {
        var parts = [accountID.map { "\(account(language)) \($0)" } ?? unknownAccount(language)]
        if let region {
            parts.append("\(self.region(language)) \(region)")
        }
        return parts.joined(separator: ", ")
    }
}
