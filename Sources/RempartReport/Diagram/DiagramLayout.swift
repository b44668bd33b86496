import RempartSupport

/// The positions of everything the diagram draws, computed by `DiagramLayoutEngine`.
///
/// Boxes are listed parents first, so drawing them in order puts children on top.
public struct DiagramLayout: Hashable, Sendable {
    /// A drawn box: a resource, an availability zone or the legend.
    public struct Box: Hashable, Sendable {
        /// A unique ID in the layout; a security group drawn inside two instances has two boxes.
        public var id: String
        /// The graph node the box draws.
        public var node: ArchitectureGraph.Node
        public var rect: DiagramRect
        /// The ID of the box that contains this one, nil for top-level boxes.
        public var parentID: String?
        /// The severity badges, one per severity among the node's findings, highest first.
        public var badges: [Badge]
    }

    /// A badge counting a node's findings of one severity, drawn after the box's caption.
    public struct Badge: Hashable, Sendable {
        public var rect: DiagramRect
        public var text: String
        public var severity: Severity
    }

    /// An arrow between two boxes, as an orthogonal polyline.
    public struct Connector: Hashable, Sendable {
        /// What an arrow shows.
        public enum Kind: Hashable, Sendable {
            /// A default route from a subnet, or a NAT gateway, to a gateway.
            case route
            /// A VPC's traffic recorded by a flow log.
            case flowLog
        }

        /// The box ID of the subnet, NAT gateway or VPC the arrow leaves.
        public var fromID: String
        /// The box ID of the gateway or flow log the arrow reaches.
        public var toID: String
        /// The corners of the polyline, from the right edge of `fromID` to an edge of `toID`.
        public var points: [DiagramPoint]
        public var kind: Kind = .route
    }

    /// One entry of the legend: a sample and its text.
    public struct LegendItem: Hashable, Sendable {
        /// The kind of sample drawn.
        public enum Sample: Hashable, Sendable {
            /// A box coloured like nodes of that kind.
            case node(ArchitectureGraph.Kind)
            /// A route arrow.
            case route
            /// The dashed link from a VPC to its flow log.
            case flowLogLink
            /// A badge of that severity, with the severity's name inside.
            case severity(Severity)
            /// No sample: the text introduces the entries that follow.
            case caption
        }

        public var sample: Sample
        /// The sample's frame.
        public var sampleRect: DiagramRect
        /// The text beside the sample, or inside it for a severity badge.
        public var text: String
        /// The start of the text, on its baseline.
        public var textOrigin: DiagramPoint
    }

    /// The total size of the drawing.
    public var width: Int
    public var height: Int
    public var boxes: [Box]
    public var connectors: [Connector]
    /// The legend's frame, its title baseline and its entries.
    public var legendRect: DiagramRect
    public var legendTitleOrigin: DiagramPoint
    public var legendItems: [LegendItem]

    /// Returns the box with `id`.
    public func box(_ id: String) -> Box? {
        boxes.first { $0.id == id }
    }
}
