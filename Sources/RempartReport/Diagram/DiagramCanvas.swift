import RempartSupport

/// The mutable state of one layout run: the boxes and arrows placed so far.
///
/// `DiagramLayoutEngine` drives it; the VPC placement lives in `DiagramCanvas+VPC.swift`.
struct DiagramCanvas {
    /// The language of captions and badges.
    let language: Language
    private(set) var boxes: [DiagramLayout.Box] = []
    var connectors: [DiagramLayout.Connector] = []
    private(set) var legendRect = DiagramRect(x: 0, y: 0, width: 0, height: 0)
    private(set) var legendTitleOrigin = DiagramPoint(x: 0, y: 0)
    private(set) var legendItems: [DiagramLayout.LegendItem] = []

    /// Space between a box's edge and its text.
    static let padding = 10
    /// Space between a container's edge and its children.
    static let inset = 10
    /// Space between stacked siblings.
    static let spacing = 12
    /// Distance between two parallel arrow lanes.
    static let laneSpacing = 8
    /// The height of a box's caption and label; a detail line adds `detailHeight`.
    static let headerHeight = 40
    static let detailHeight = 14
    /// The height of a severity badge.
    static let badgeHeight = 15
    /// Space between two badges of one box.
    static let badgeSpacing = 4

    init(language: Language) {
        self.language = language
    }

    // MARK: - Sizes

    /// Returns the caption drawn above a node's label.
    func caption(of node: ArchitectureGraph.Node) -> String {
        DiagramVocabulary.caption(of: node.kind)(language)
    }

    /// Returns the badges of a node, one per severity present, highest first, such as
    /// `8 HIGH` then `11 LOW`; empty without findings.
    func badgeTexts(of node: ArchitectureGraph.Node) -> [(text: String, severity: Severity)] {
        node.findings.bySeverity.map { severity, count in
            ("\(NumberText.integer(count, in: language)) \(DiagramVocabulary.severity(severity)(language))", severity)
        }
    }

    /// Returns the width of a node's badges side by side, 0 without findings.
    func badgesWidth(of node: ArchitectureGraph.Node) -> Int {
        let badges = badgeTexts(of: node)
        guard !badges.isEmpty else { return 0 }
        return badges.reduce(0) { $0 + Self.badgeWidth(of: $1.text) } + (badges.count - 1) * Self.badgeSpacing
    }

    /// Returns the width and height that a node's caption, badge, label and detail need.
    func headerSize(of node: ArchitectureGraph.Node) -> (width: Int, height: Int) {
        var captionLine = TextMetrics.width(of: caption(of: node), fontSize: 10)
        let badges = badgesWidth(of: node)
        if badges > 0 {
            captionLine += 8 + badges
        }
        var width = max(captionLine, TextMetrics.width(of: node.label, fontSize: 12, bold: true))
        if let detail = node.detail {
            width = max(width, TextMetrics.width(of: detail, fontSize: 10))
        }
        let height = Self.headerHeight + (node.detail == nil ? 0 : Self.detailHeight)
        return (width + 2 * Self.padding, height)
    }

    /// Returns the width of a badge showing `text`.
    static func badgeWidth(of text: String) -> Int {
        TextMetrics.width(of: text, fontSize: 10, bold: true) + 10
    }

    /// Returns the size of an instance with its security groups stacked inside.
    func size(of instance: ArchitectureGraph.Instance) -> (width: Int, height: Int) {
        let header = headerSize(of: instance.node)
        var width = header.width
        var height = header.height
        for group in instance.securityGroups {
            let chip = headerSize(of: group)
            width = max(width, chip.width + 2 * Self.inset)
            height += chip.height + Self.inset / 2
        }
        if !instance.securityGroups.isEmpty {
            height += Self.inset / 2
        }
        return (width, height)
    }

    /// Returns the size of a subnet with its instances, then its NAT gateways, stacked inside.
    func size(of subnet: ArchitectureGraph.Subnet) -> (width: Int, height: Int) {
        let header = headerSize(of: subnet.node)
        var width = header.width
        var height = header.height
        for instance in subnet.instances {
            let inner = size(of: instance)
            width = max(width, inner.width + 2 * Self.inset)
            height += inner.height + Self.inset
        }
        for gateway in subnet.natGateways {
            let inner = headerSize(of: gateway)
            width = max(width, inner.width + 2 * Self.inset)
            height += inner.height + Self.inset
        }
        return (width, height)
    }

    // MARK: - Placement

    /// Adds a box for `node` and returns it.
    @discardableResult
    mutating func place(
        _ node: ArchitectureGraph.Node, id: String? = nil, in rect: DiagramRect, parentID: String?
    ) -> DiagramLayout.Box {
        var badges: [DiagramLayout.Badge] = []
        var badgeX = rect.x + Self.padding + TextMetrics.width(of: caption(of: node), fontSize: 10) + 8
        for (text, severity) in badgeTexts(of: node) {
            let width = Self.badgeWidth(of: text)
            badges.append(
                DiagramLayout.Badge(
                    rect: DiagramRect(x: badgeX, y: rect.y + 5, width: width, height: Self.badgeHeight),
                    text: text, severity: severity))
            badgeX += width + Self.badgeSpacing
        }
        let box = DiagramLayout.Box(id: id ?? node.id, node: node, rect: rect, parentID: parentID, badges: badges)
        boxes.append(box)
        return box
    }

    /// Places an instance and its security groups with the top left at (`x`, `y`).
    mutating func place(_ instance: ArchitectureGraph.Instance, x: Int, y: Int, width: Int, parentID: String) {
        let height = size(of: instance).height
        let box = place(instance.node, in: DiagramRect(x: x, y: y, width: width, height: height), parentID: parentID)
        var chipY = y + headerSize(of: instance.node).height
        for group in instance.securityGroups {
            let chipHeight = headerSize(of: group).height
            let rect = DiagramRect(x: x + Self.inset, y: chipY, width: width - 2 * Self.inset, height: chipHeight)
            place(group, id: "\(box.id)/\(group.id)", in: rect, parentID: box.id)
            chipY += chipHeight + Self.inset / 2
        }
    }

    /// Places a subnet, its instances and its NAT gateways; returns the subnet's box.
    @discardableResult
    mutating func place(
        _ subnet: ArchitectureGraph.Subnet, x: Int, y: Int, width: Int, parentID: String
    ) -> DiagramLayout.Box {
        let rect = DiagramRect(x: x, y: y, width: width, height: size(of: subnet).height)
        let box = place(subnet.node, in: rect, parentID: parentID)
        var instanceY = y + headerSize(of: subnet.node).height
        for instance in subnet.instances {
            place(instance, x: x + Self.inset, y: instanceY, width: width - 2 * Self.inset, parentID: box.id)
            instanceY += size(of: instance).height + Self.inset
        }
        for gateway in subnet.natGateways {
            let height = headerSize(of: gateway).height
            place(
                gateway, in: DiagramRect(x: x + Self.inset, y: instanceY, width: width - 2 * Self.inset, height: height),
                parentID: box.id)
            instanceY += height + Self.inset
        }
        return box
    }

    /// Stacks `nodes` in one column of equal widths; returns the bottom of the column.
    mutating func placeColumn(_ nodes: [ArchitectureGraph.Node], x: Int, y: Int) -> Int {
        let width = nodes.map { headerSize(of: $0).width }.max() ?? 0
        var top = y
        for node in nodes {
            let height = headerSize(of: node).height
            place(node, in: DiagramRect(x: x, y: top, width: width, height: height), parentID: nil)
            top += height + Self.spacing
        }
        return nodes.isEmpty ? y : top - Self.spacing
    }

    /// Places the legend's entries in rows no wider than `width`.
    mutating func placeLegend(x: Int, y: Int, width: Int) {
        typealias Item = DiagramLayout.LegendItem
        var entries: [(Item.Sample, String)] = [
            .publicSubnet, .privateSubnet, .availabilityZone, .internetGateway, .natGateway, .instance,
            .securityGroup, .bucket, .flowLog, .trail,
        ].map { (.node($0), DiagramVocabulary.caption(of: $0)(language)) }
        entries.append((.route, DiagramVocabulary.route(language)))
        entries.append((.flowLogLink, DiagramVocabulary.flowLogLink(language)))
        entries.append((.caption, DiagramVocabulary.badge(language)))
        for severity in Severity.allCases.reversed() {
            entries.append((.severity(severity), DiagramVocabulary.severity(severity)(language)))
        }

        // Flow the entries left to right, wrapping when a row is full.
        let rowHeight = 22
        var cursorX = x + Self.padding
        var cursorY = y + 30
        var items: [Item] = []
        func widths(of sample: Item.Sample, _ text: String) -> (sample: Int, gap: Int, text: Int) {
            switch sample {
            case .severity: (Self.badgeWidth(of: text), 0, 0)
            case .caption: (0, 0, TextMetrics.width(of: text, fontSize: 11))
            case .route, .flowLogLink: (28, 6, TextMetrics.width(of: text, fontSize: 11))
            case .node: (18, 6, TextMetrics.width(of: text, fontSize: 11))
            }
        }
        for (index, (sample, text)) in entries.enumerated() {
            let (sampleWidth, gap, textWidth) = widths(of: sample, text)
            let itemWidth = sampleWidth + gap + textWidth

            // The caption of the severity badges wraps with them, so it never ends a row alone.
            var unitWidth = itemWidth
            if case .caption = sample {
                unitWidth = entries[(index + 1)...].reduce(itemWidth) { total, entry in
                    let entryWidths = widths(of: entry.0, entry.1)
                    return total + 18 + entryWidths.sample + entryWidths.gap + entryWidths.text
                }
            }
            if cursorX + unitWidth > x + width - Self.padding && cursorX > x + Self.padding {
                cursorX = x + Self.padding
                cursorY += rowHeight
            }
            let sampleRect = DiagramRect(x: cursorX, y: cursorY, width: sampleWidth, height: Self.badgeHeight)
            let origin: DiagramPoint
            if case .severity = sample {
                origin = DiagramPoint(x: cursorX + sampleWidth / 2, y: cursorY + 11)
            } else {
                origin = DiagramPoint(x: cursorX + sampleWidth + gap, y: cursorY + 11)
            }
            items.append(Item(sample: sample, sampleRect: sampleRect, text: text, textOrigin: origin))
            cursorX += itemWidth + 18
        }

        legendItems = items
        legendTitleOrigin = DiagramPoint(x: x + Self.padding, y: y + 18)
        legendRect = DiagramRect(x: x, y: y, width: width, height: cursorY + rowHeight - y)
    }
}
