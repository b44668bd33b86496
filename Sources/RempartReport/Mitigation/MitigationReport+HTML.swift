import RempartSupport

extension MitigationReport {
    /// Returns the report as one self-contained HTML page.
    ///
    /// The page carries its stylesheet inline and the architecture diagram as inline SVG; it
    /// has no script and loads nothing from outside. It prints in black and white: severities
    /// are spelled out, and rows and the diagram are not split across pages.
    ///
    /// - Parameter language: The language of headings, labels, rule texts and the diagram.
    /// - Returns: The HTML document, ending with a newline.
    public func html(in language: Language) -> String {
        let title = XMLText.escape(ReportVocabulary.title(language))
        var html = """
            <!DOCTYPE html>
            <html lang="\(language == .english ? "en" : "fr-CA")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(Self.stylesheet)</style>
            </head>
            <body>
            <header>
            <h1>\(title)</h1>

            """
        for line in headerLines(in: language) {
            html += "<p class=\"meta\">\(XMLText.escape(line))</p>\n"
        }
        html += "</header>\n<main>\n"
        html += htmlSummary(in: language)
        if let diagram {
            html += htmlDiagram(diagram, in: language)
        }
        html += htmlMitigations(in: language)
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private func htmlSummary(in language: Language) -> String {
        let severities = Severity.allCases.reversed()
        var html = "<section aria-labelledby=\"summary\">\n"
        html += "<h2 id=\"summary\">\(XMLText.escape(ReportVocabulary.summary(language)))</h2>\n"

        // Findings by severity.
        html += "<table class=\"counts\">\n<caption>\(XMLText.escape(ReportVocabulary.bySeverity(language)))"
        html += "</caption>\n<thead><tr><th scope=\"col\">\(XMLText.escape(ReportVocabulary.severity(language)))"
        html += "</th><th scope=\"col\" class=\"number\">\(XMLText.escape(ReportVocabulary.findings(language)))"
        html += "</th></tr></thead>\n<tbody>\n"
        let counts = countsBySeverity
        for severity in severities {
            html += "<tr><th scope=\"row\">\(severityLabel(severity, in: language))</th>"
            html += "<td class=\"number\">\(NumberText.integer(counts[severity] ?? 0, in: language))</td></tr>\n"
        }
        html += "</tbody>\n<tfoot><tr><th scope=\"row\">\(XMLText.escape(ReportVocabulary.total(language)))</th>"
        html += "<td class=\"number\">\(NumberText.integer(entries.count, in: language))</td></tr></tfoot>\n"
        html += "</table>\n"

        // Findings by file or live resource.
        let placeHeading = isFileSubject ? ReportVocabulary.byFile : ReportVocabulary.byResource
        html += "<table class=\"counts\">\n<caption>\(XMLText.escape(placeHeading(language)))</caption>\n<thead><tr>"
        html += "<th scope=\"col\">\(XMLText.escape(ReportVocabulary.place(for: subject)(language)))</th>"
        for severity in severities {
            html +=
                "<th scope=\"col\" class=\"number\">\(XMLText.escape(DiagramVocabulary.severity(severity)(language)))</th>"
        }
        html += "<th scope=\"col\" class=\"number\">\(XMLText.escape(ReportVocabulary.total(language)))</th>"
        html += "</tr></thead>\n<tbody>\n"
        for (place, placeCounts) in countsByPlace {
            html += "<tr><th scope=\"row\" class=\"place\"><code>\(XMLText.escape(place))</code></th>"
            for severity in severities {
                html += "<td class=\"number\">\(NumberText.integer(placeCounts[severity] ?? 0, in: language))</td>"
            }
            html += "<td class=\"number\">\(NumberText.integer(placeCounts.values.reduce(0, +), in: language))</td>"
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"

        for line in tallyLines(in: language) {
            html += "<p>\(XMLText.escape(line))</p>\n"
        }
        return html + "</section>\n"
    }

    private func htmlDiagram(_ diagram: ArchitectureGraph, in language: Language) -> String {
        var html = "<section aria-labelledby=\"architecture\">\n"
        html += "<h2 id=\"architecture\">\(XMLText.escape(ReportVocabulary.architecture(language)))</h2>\n"
        html += "<figure class=\"diagram\">\n"
        html += SVGDiagramRenderer(language: language).render(diagram)
        html += "<figcaption>\(XMLText.escape(ReportVocabulary.diagramCaption(language)))</figcaption>\n"
        return html + "</figure>\n</section>\n"
    }

    private func htmlMitigations(in language: Language) -> String {
        var html = "<section aria-labelledby=\"mitigations\">\n"
        html += "<h2 id=\"mitigations\">\(XMLText.escape(ReportVocabulary.mitigations(language)))</h2>\n"
        guard !entries.isEmpty else {
            return html + "<p>\(prose(ReportVocabulary.noFinding, in: language))</p>\n</section>\n"
        }

        // One row per rule and place, like the lab's hand-written table.
        html += "<p>\(XMLText.escape(ReportVocabulary.mitigationsIntro(for: subject)(language)))</p>\n"
        html += "<table class=\"findings mitigations\">\n<thead><tr>"
        html += headerCells(
            [
                ReportVocabulary.check, ReportVocabulary.severity, ReportVocabulary.place(for: subject),
                ReportVocabulary.occurrences, ReportVocabulary.mitigation,
            ], in: language)
        html += "</tr></thead>\n<tbody>\n"
        for row in mitigations {
            let entry = row.entry
            html += "<tr>\(checkCell(entry, in: language))"
            html += "<td class=\"severity\">\(severityLabel(entry.severity, in: language))</td>"
            html += "<td class=\"place\"><code>\(XMLText.escape(entry.place))</code></td>"
            html += "<td class=\"number\">\(NumberText.integer(row.occurrences, in: language))</td>"
            html += "<td class=\"fix\">\(prose(entry.remediation, in: language))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</section>\n"

        // Every finding, grouped by severity.
        html += "<section aria-labelledby=\"details\">\n"
        html += "<h2 id=\"details\">\(XMLText.escape(ReportVocabulary.details(language)))</h2>\n"
        for severity in Severity.allCases.reversed() {
            let group = entries.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            html += htmlDetailTable(group, severity: severity, in: language)
        }
        return html + "</section>\n"
    }

    private func htmlDetailTable(_ group: [Entry], severity: Severity, in language: Language) -> String {
        let name = XMLText.escape(DiagramVocabulary.severity(severity)(language))
        var html = "<h3 id=\"severity-\(severity.description.lowercased())\">\(name) "
        html += "(\(NumberText.integer(group.count, in: language)))</h3>\n"
        html += "<table class=\"findings details\">\n<thead><tr>"
        html += headerCells(
            [
                ReportVocabulary.check, ReportVocabulary.severity, ReportVocabulary.place(for: subject),
                ReportVocabulary.problem, ReportVocabulary.mitigation,
            ], in: language)
        html += "</tr></thead>\n<tbody>\n"
        for entry in group {
            var place = "<code>\(XMLText.escape(entry.place))</code>"
            if let location = entry.location {
                place =
                    "<code>\(XMLText.escape("\(entry.place):\(location.line)"))</code><br>"
                    + "<span class=\"resource\">\(XMLText.escape(entry.resourceLabel))</span>"
            }
            html += "<tr>\(checkCell(entry, in: language))"
            html += "<td class=\"severity\">\(severityLabel(entry.severity, in: language))</td>"
            html += "<td class=\"place\">\(place)</td>"
            html += "<td>\(entry.detail.map { prose($0, in: language) } ?? "—")</td>"
            html += "<td class=\"fix\">\(prose(entry.remediation, in: language))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Returns a rule text as HTML. In French, the spaces before `:`, `;`, `?`, `!` and `»` and
    /// after `«` become no-break spaces, as the header's labels already have, so a narrow
    /// cell never starts a line with the punctuation.
    private func prose(_ text: LocalizedText, in language: Language) -> String {
        let html = InlineMarkup.html(text(language))
        guard language == .french else { return html }
        var typeset = html
        for (plain, joined) in [
            (" :", "\u{00A0}:"), (" ;", "\u{00A0};"), (" ?", "\u{00A0}?"), (" !", "\u{00A0}!"),
            (" »", "\u{00A0}»"), ("« ", "«\u{00A0}"),
        ] {
            typeset = typeset.replacingOccurrences(of: plain, with: joined)
        }
        return typeset
    }

    private func headerCells(_ headings: [LocalizedText], in language: Language) -> String {
        headings.map { "<th scope=\"col\">\(XMLText.escape($0(language)))</th>" }.joined()
    }

    private func checkCell(_ entry: Entry, in language: Language) -> String {
        "<td class=\"check\"><strong>\(XMLText.escape(entry.ruleID))</strong><br>"
            + "\(prose(entry.title, in: language))</td>"
    }

    /// Returns a severity's name in a coloured label that stays readable without colour.
    private func severityLabel(_ severity: Severity, in language: Language) -> String {
        let name = XMLText.escape(DiagramVocabulary.severity(severity)(language))
        return "<span class=\"sev sev-\(severity.description.lowercased())\">\(name)</span>"
    }
}
