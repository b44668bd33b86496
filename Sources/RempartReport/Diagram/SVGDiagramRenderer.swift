import RempartSupport

/// Writes a `DiagramLayout` as a self-contained, accessible SVG document.
///
/// The SVG has no external font, image or stylesheet: colours are attributes and the font is a
/// list of common system fonts. It carries a `<title>`, a `<desc>` summarising the graph,
/// `role="img"`, and an `aria-label` on every resource. All text is XML-escaped.
public struct SVGDiagramRenderer: Sendable {
    /// The language of captions and accessible texts.
    public var language: Language
    /// The prefix of the element IDs, so two diagrams can share one HTML page.
    public var idPrefix: String

    /// Creates a renderer.
    public init(language: Language, idPrefix: String = "rempart-diagram") {
        self.language = language
        self.idPrefix = idPrefix
    }

    /// Returns the SVG document of `graph`, laid out by `DiagramLayoutEngine`.
    public func render(_ graph: ArchitectureGraph) -> String {
        render(DiagramLayoutEngine(language: language).layout(graph), of: graph)
    }

    /// Returns the SVG document of `layout`, the layout of `graph`.
    public func render(_ layout: DiagramLayout, of graph: ArchitectureGraph) -> String {
        let title = DiagramVocabulary.title(language)
        let summary = DiagramVocabulary.summary(of: graph, in: language)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(layout.width)" height="\(layout.height)" \
            viewBox="0 0 \(layout.width) \(layout.height)" role="img" \
            aria-labelledby="\(idPrefix)-title \(idPrefix)-desc" font-family="\(XMLText.escape(DiagramStyle.fontFamily))">
            <title id="\(idPrefix)-title">\(XMLText.escape(title))</title>
            <desc id="\(idPrefix)-desc">\(XMLText.escape(summary))</desc>
            <defs><marker id="\(idPrefix)-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" \
            markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="\(DiagramStyle.route)"/>\
            </marker></defs>
            <rect x="0" y="0" width="\(layout.width)" height="\(layout.height)" fill="#ffffff"/>

            """
        for box in layout.boxes {
            svg += boxElement(box)
        }
        for connector in layout.connectors {
            svg += connectorElement(connector, in: layout)
        }
        svg += legendElement(layout)
        svg += "</svg>\n"
        return svg
    }

    /// Returns one box as a group: frame, caption, badge, label and detail.
    private func boxElement(_ box: DiagramLayout.Box) -> String {
        let node = box.node
        let style = DiagramStyle.box(node.kind)
        let caption = DiagramVocabulary.caption(of: node.kind)(language)
        let findings = DiagramVocabulary.findings(node.findings, in: language)
        let accessibleName = XMLText.escape("\(caption) \(node.label), \(findings)")
        let rect = box.rect
        let dash = style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""

        var element = "<g role=\"group\" aria-label=\"\(accessibleName)\">"
        element += "<title>\(accessibleName)</title>"
        element += "<rect x=\"\(rect.x)\" y=\"\(rect.y)\" width=\"\(rect.width)\" height=\"\(rect.height)\" "
        element += "rx=\"\(style.cornerRadius)\" fill=\"\(style.fill)\" stroke=\"\(style.stroke)\" "
        element += "stroke-width=\"\(style.strokeWidth)\"\(dash)/>"
        element += text(
            caption, x: rect.x + DiagramCanvas.padding, y: rect.y + 15, size: 10, color: DiagramStyle.caption)
        for badge in box.badges {
            element += badgeElement(rect: badge.rect, text: badge.text, severity: badge.severity)
        }
        element += text(
            node.label, x: rect.x + DiagramCanvas.padding, y: rect.y + 31, size: 12,
            color: DiagramStyle.label, bold: true)
        if let detail = node.detail {
            element += text(
                detail, x: rect.x + DiagramCanvas.padding, y: rect.y + 45, size: 10,
                color: DiagramStyle.caption)
        }
        return element + "</g>\n"
    }

    /// Returns a severity badge: a pill in the severity's colour with the count and severity inside.
    private func badgeElement(rect: DiagramRect, text content: String, severity: Severity) -> String {
        let colours = DiagramStyle.badge(severity)
        var element = "<rect x=\"\(rect.x)\" y=\"\(rect.y)\" width=\"\(rect.width)\" height=\"\(rect.height)\" "
        element += "rx=\"7\" fill=\"\(colours.fill)\" stroke=\"#000000\" stroke-width=\"0.5\"/>"
        element += "<text x=\"\(rect.midX)\" y=\"\(rect.y + 11)\" font-size=\"10\" font-weight=\"bold\" "
        element += "text-anchor=\"middle\" fill=\"\(colours.text)\">\(XMLText.escape(content))</text>"
        return element
    }

    /// Returns a route arrow as a polyline ending in an arrowhead, or a flow log link as a dashed line.
    private func connectorElement(_ connector: DiagramLayout.Connector, in layout: DiagramLayout) -> String {
        let points = connector.points.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        let from = layout.box(connector.fromID)?.node.label ?? connector.fromID
        let to = layout.box(connector.toID)?.node.label ?? connector.toID
        let colon = language == .french ? " : " : ": "
        if connector.kind == .flowLog {
            let label = XMLText.escape("\(DiagramVocabulary.flowLogLink(language))\(colon)\(from) → \(to)")
            return "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(DiagramStyle.flowLogLink)\" "
                + "stroke-width=\"1.5\" stroke-dasharray=\"\(DiagramStyle.flowLogLinkDash)\" "
                + "role=\"presentation\" aria-label=\"\(label)\"/>\n"
        }
        let label = XMLText.escape("\(DiagramVocabulary.route(language))\(colon)\(from) → \(to)")
        return "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(DiagramStyle.route)\" stroke-width=\"1.5\" "
            + "marker-end=\"url(#\(idPrefix)-arrow)\" role=\"presentation\" aria-label=\"\(label)\"/>\n"
    }

    /// Returns the legend: a frame, a title and one sample per kind, arrow and severity.
    private func legendElement(_ layout: DiagramLayout) -> String {
        let frame = layout.legendRect
        var element = "<g role=\"group\" aria-label=\"\(XMLText.escape(DiagramVocabulary.legend(language)))\">"
        element += "<rect x=\"\(frame.x)\" y=\"\(frame.y)\" width=\"\(frame.width)\" height=\"\(frame.height)\" "
        element += "fill=\"#ffffff\" stroke=\"#879196\" stroke-width=\"1\"/>"
        element += text(
            DiagramVocabulary.legend(language), x: layout.legendTitleOrigin.x,
            y: layout.legendTitleOrigin.y, size: 12, color: DiagramStyle.label, bold: true)
        for item in layout.legendItems {
            let sample = item.sampleRect
            switch item.sample {
            case .node(let kind):
                let style = DiagramStyle.box(kind)
                let dash = style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
                element += "<rect x=\"\(sample.x)\" y=\"\(sample.y)\" width=\"\(sample.width)\" "
                element += "height=\"\(sample.height)\" rx=\"2\" fill=\"\(style.fill)\" stroke=\"\(style.stroke)\" "
                element += "stroke-width=\"\(style.strokeWidth)\"\(dash)/>"
            case .flowLogLink:
                element += "<polyline points=\"\(sample.x),\(sample.midY) \(sample.maxX - 2),\(sample.midY)\" "
                element += "fill=\"none\" stroke=\"\(DiagramStyle.flowLogLink)\" stroke-width=\"1.5\" "
                element += "stroke-dasharray=\"\(DiagramStyle.flowLogLinkDash)\"/>"
            case .route:
                element += "<polyline points=\"\(sample.x),\(sample.midY) \(sample.maxX - 2),\(sample.midY)\" "
                element += "fill=\"none\" stroke=\"\(DiagramStyle.route)\" stroke-width=\"1.5\" "
                element += "marker-end=\"url(#\(idPrefix)-arrow)\"/>"
            case .severity(let severity):
                element += badgeElement(rect: sample, text: item.text, severity: severity)
                continue
            case .caption:
                break
            }
            element += text(item.text, x: item.textOrigin.x, y: item.textOrigin.y, size: 11, color: DiagramStyle.label)
        }
        return element + "</g>\n"
    }

    /// Returns a `<text>` element with escaped content.
    private func text(_ content: String, x: Int, y: Int, size: Int, color: String, bold: Bool = false) -> String {
        let weight = bold ? " font-weight=\"bold\"" : ""
        return "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\"\(weight) fill=\"\(color)\">"
            + "\(XMLText.escape(content))</text>"
    }
}
