import RempartSupport

extension MitigationReport {
    /// Returns the report as GitHub-flavoured Markdown.
    ///
    /// - Parameters:
    ///   - language: The language of headings, labels and rule texts.
    ///   - diagramPath: Where the SVG diagram is written beside the Markdown file, linked as an
    ///     image. Nil leaves the architecture section out, because Markdown cannot inline SVG.
    /// - Returns: The Markdown text, ending with a newline.
    public func markdown(in language: Language, diagramPath: String? = nil) -> String {
        var lines: [String] = ["# \(ReportVocabulary.title(language))", ""]
        lines += headerLines(in: language).map { $0 + "  " }
        lines.append("")

        // Summary: by severity, by place, and the checks that passed or stayed undecided.
        lines += ["## \(ReportVocabulary.summary(language))", ""]
        lines += ["### \(ReportVocabulary.bySeverity(language))", ""]
        lines += markdownSeverityTable(in: language)
        lines.append("")
        let placeHeading = isFileSubject ? ReportVocabulary.byFile : ReportVocabulary.byResource
        lines += ["### \(placeHeading(language))", ""]
        lines += markdownPlaceTable(in: language)
        lines.append("")
        lines += tallyLines(in: language).map { $0 + "  " }
        lines.append("")

        if let diagramPath, diagram != nil {
            lines += ["## \(ReportVocabulary.architecture(language))", ""]
            let alt = InlineMarkup.markdownText(DiagramVocabulary.title(language))
            lines += ["![\(alt)](\(diagramPath.replacingOccurrences(of: " ", with: "%20")))", ""]
        }

        // The mitigations, one row per rule and place, then every finding grouped by severity.
        lines += ["## \(ReportVocabulary.mitigations(language))", ""]
        if entries.isEmpty {
            lines += [InlineMarkup.markdownText(ReportVocabulary.noFinding(language)), ""]
        } else {
            lines += [ReportVocabulary.mitigationsIntro(for: subject)(language), ""]
            lines += markdownMitigationTable(in: language)
            lines += ["", "## \(ReportVocabulary.details(language))", ""]
            for severity in Severity.allCases.reversed() {
                let group = entries.filter { $0.severity == severity }
                guard !group.isEmpty else { continue }
                let name = DiagramVocabulary.severity(severity)(language)
                lines += ["### \(name) (\(NumberText.integer(group.count, in: language)))", ""]
                lines += markdownDetailTable(group, in: language)
                lines.append("")
            }
        }
        while lines.last == "" {
            lines.removeLast()
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether the report is about files rather than live resources.
    var isFileSubject: Bool {
        if case .files = subject { return true }
        return false
    }

    /// Returns the date and subject lines under the title, as plain text.
    func headerLines(in language: Language) -> [String] {
        var lines: [String] = []
        if let generatedAt {
            lines.append("\(ReportVocabulary.generatedOn(language)) \(DateText.dateTime(generatedAt, in: language))")
        }
        switch subject {
        case .files(let files):
            let list = files.isEmpty ? "—" : files.joined(separator: ", ")
            lines.append(ReportVocabulary.labelled(ReportVocabulary.filesScanned, list, in: language))
        case .liveAccount(let accountID, let region):
            let text = ReportVocabulary.liveSubject(accountID: accountID, region: region, in: language)
            lines.append(ReportVocabulary.labelled(ReportVocabulary.liveAudited, text, in: language))
        }
        return lines
    }

    /// Returns the counts of passed, undecided and unmatched checks, as plain text.
    func tallyLines(in language: Language) -> [String] {
        var lines = [
            ReportVocabulary.labelled(
                ReportVocabulary.checksPassed, NumberText.integer(passedCount, in: language), in: language),
            ReportVocabulary.labelled(
                ReportVocabulary.checksUnknown, NumberText.integer(unknownCount, in: language), in: language),
        ]
        if !unmatchedRuleIDs.isEmpty {
            lines.append(
                ReportVocabulary.labelled(
                    ReportVocabulary.unmatchedRules, unmatchedRuleIDs.joined(separator: ", "), in: language))
        }
        return lines
    }

    private func markdownSeverityTable(in language: Language) -> [String] {
        var lines = [
            "| \(ReportVocabulary.severity(language)) | \(ReportVocabulary.findings(language)) |", "| --- | ---: |",
        ]
        let counts = countsBySeverity
        for severity in Severity.allCases.reversed() {
            let name = DiagramVocabulary.severity(severity)(language)
            lines.append("| \(name) | \(NumberText.integer(counts[severity] ?? 0, in: language)) |")
        }
        let total = NumberText.integer(entries.count, in: language)
        lines.append("| **\(ReportVocabulary.total(language))** | **\(total)** |")
        return lines
    }

    private func markdownPlaceTable(in language: Language) -> [String] {
        let severities = Severity.allCases.reversed().map { DiagramVocabulary.severity($0)(language) }
        let place = ReportVocabulary.place(for: subject)(language)
        var lines = [
            "| \(place) | " + severities.joined(separator: " | ") + " | \(ReportVocabulary.total(language)) |",
            "| --- |" + String(repeating: " ---: |", count: severities.count + 1),
        ]
        for (name, counts) in countsByPlace {
            let cells = Severity.allCases.reversed().map { NumberText.integer(counts[$0] ?? 0, in: language) }
            let total = NumberText.integer(counts.values.reduce(0, +), in: language)
            lines.append("| \(InlineMarkup.markdownCode(name)) | " + cells.joined(separator: " | ") + " | \(total) |")
        }
        return lines
    }

    private func markdownMitigationTable(in language: Language) -> [String] {
        let headings = [
            ReportVocabulary.check, ReportVocabulary.severity, ReportVocabulary.place(for: subject),
            ReportVocabulary.occurrences, ReportVocabulary.mitigation,
        ].map { $0(language) }
        var lines = ["| " + headings.joined(separator: " | ") + " |", "| --- | --- | --- | ---: | --- |"]
        for row in mitigations {
            let entry = row.entry
            let cells = [
                checkCell(entry, in: language), DiagramVocabulary.severity(entry.severity)(language),
                InlineMarkup.markdownCode(entry.place), NumberText.integer(row.occurrences, in: language),
                InlineMarkup.markdownCell(entry.remediation(language)),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    private func markdownDetailTable(_ group: [Entry], in language: Language) -> [String] {
        let headings = [
            ReportVocabulary.check, ReportVocabulary.severity, ReportVocabulary.place(for: subject),
            ReportVocabulary.problem, ReportVocabulary.mitigation,
        ].map { $0(language) }
        var lines = ["| " + headings.joined(separator: " | ") + " |", "| --- | --- | --- | --- | --- |"]
        for entry in group {
            // A template finding names its resource after the file and line; a live one is its resource.
            var place = InlineMarkup.markdownCode(entry.place)
            if let location = entry.location {
                place =
                    InlineMarkup.markdownCode("\(entry.place):\(location.line)") + " ("
                    + InlineMarkup.markdownText(entry.resourceLabel) + ")"
            }
            let cells = [
                checkCell(entry, in: language), DiagramVocabulary.severity(entry.severity)(language), place,
                entry.detail.map { InlineMarkup.markdownCell($0(language)) } ?? "—",
                InlineMarkup.markdownCell(entry.remediation(language)),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    private func checkCell(_ entry: Entry, in language: Language) -> String {
        "**\(InlineMarkup.markdownText(entry.ruleID))** \(InlineMarkup.markdownCell(entry.title(language)))"
    }
}
