import RempartSupport

/// Places the nodes of an `ArchitectureGraph` on a plane, deterministically.
///
/// Each VPC is a box holding one column per availability zone, public subnets above private
/// ones, instances and NAT gateways inside their subnet. Internet gateways sit on the VPC's
/// top edge, NAT gateways whose subnet is unknown on its bottom edge, and flow logs, trails
/// and buckets in a column to the right of the VPCs, each flow log linked to its VPC. Route
/// arrows leave the right edge of a subnet or NAT gateway, run along a lane reserved in the
/// zone's right margin, then along a lane reserved above or below the zones, or straight
/// into a NAT gateway of the same zone, so they never cross a box other than the subnet that
/// contains their ends. Box sizes come from `TextMetrics` estimates of the
/// labels, so the same graph and language always give the same layout.
public struct DiagramLayoutEngine: Sendable {
    /// The language of the captions, which changes their widths.
    public var language: Language

    /// Creates an engine for captions in `language`.
    public init(language: Language) {
        self.language = language
    }

    /// Returns the positions of every box, arrow and legend entry of `graph`.
    public func layout(_ graph: ArchitectureGraph) -> DiagramLayout {
        var canvas = DiagramCanvas(language: language)

        // VPCs, one below the other, leaving room for the gateways that straddle their edges.
        var y = Self.margin
        var vpcRight = Self.margin
        var vpcTops: [Int] = []
        var vpcRects: [DiagramRect] = []
        for vpc in graph.vpcs {
            y += vpc.internetGateways.isEmpty ? 0 : Self.gatewayHeight / 2
            vpcTops.append(y)
            let rect = canvas.placeVPC(vpc, x: Self.margin, y: y)
            vpcRects.append(rect)
            vpcRight = max(vpcRight, rect.maxX)
            y = rect.maxY + (vpc.natGateways.isEmpty ? 0 : Self.gatewayHeight / 2) + Self.vpcSpacing
        }

        // Resources outside any VPC, in one column to the right.
        let outside = graph.vpcs.flatMap(\.flowLogs) + graph.trails + graph.buckets + graph.others
        let sideX = graph.vpcs.isEmpty ? Self.margin : vpcRight + Self.sideSpacing
        let sideBottom = canvas.placeColumn(outside, x: sideX, y: vpcTops.first ?? Self.margin)

        // Dashed links from each VPC to its flow logs, through lanes in the space before the column.
        var linkIndex = 0
        for (vpc, vpcRect) in zip(graph.vpcs, vpcRects) {
            for flowLog in vpc.flowLogs {
                guard let target = canvas.boxes.first(where: { $0.id == flowLog.id })?.rect else { continue }
                let startY = min(max(target.midY, vpcRect.y + 8), vpcRect.maxY - 8)
                var points = [DiagramPoint(x: vpcRect.maxX, y: startY)]
                if startY != target.midY {
                    let laneX = vpcRight + 12 + (linkIndex % 5) * 6
                    points += [DiagramPoint(x: laneX, y: startY), DiagramPoint(x: laneX, y: target.midY)]
                }
                points.append(DiagramPoint(x: target.x, y: target.midY))
                canvas.connectors.append(
                    DiagramLayout.Connector(fromID: vpc.node.id, toID: flowLog.id, points: points, kind: .flowLog))
                linkIndex += 1
            }
        }

        // The legend under everything, as wide as the drawing.
        let contentRight = canvas.boxes.map(\.rect.maxX).max() ?? Self.margin
        let legendTop = max(y - Self.vpcSpacing, sideBottom) + Self.legendSpacing
        let legendWidth = max(contentRight - Self.margin, Self.minimumLegendWidth)
        canvas.placeLegend(x: Self.margin, y: legendTop, width: legendWidth)

        let width = max(contentRight, canvas.legendRect.maxX) + Self.margin
        return DiagramLayout(
            width: width, height: canvas.legendRect.maxY + Self.margin, boxes: canvas.boxes,
            connectors: canvas.connectors, legendRect: canvas.legendRect,
            legendTitleOrigin: canvas.legendTitleOrigin, legendItems: canvas.legendItems)
    }

    /// Blank space around the drawing.
    static let margin = 20
    /// The height of a gateway box; half of it sticks out of the VPC.
    static let gatewayHeight = 40
    /// Vertical space between two VPCs.
    static let vpcSpacing = 24
    /// Horizontal space between the VPCs and the column of outside resources.
    static let sideSpacing = 48
    /// Vertical space above the legend.
    static let legendSpacing = 24
    /// The legend's narrowest width, so its entries wrap sensibly on small graphs.
    static let minimumLegendWidth = 560
}
