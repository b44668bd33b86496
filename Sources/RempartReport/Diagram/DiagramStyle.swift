import RempartSupport

/// Colours and strokes of the diagram, close to the AWS architecture icons' palette.
///
/// Every colour is written into the SVG as an attribute, so the drawing needs no stylesheet.
enum DiagramStyle {
    /// The fill, stroke and corners of boxes of one kind.
    struct BoxStyle {
        var fill: String
        var stroke: String
        var strokeWidth: String
        /// The dash pattern, nil for a solid line.
        var dash: String?
        var cornerRadius: Int
    }

    /// Returns the style of boxes of `kind`.
    static func box(_ kind: ArchitectureGraph.Kind) -> BoxStyle {
        switch kind {
        case .vpc: BoxStyle(fill: "#ffffff", stroke: "#8c4fff", strokeWidth: "2", dash: nil, cornerRadius: 0)
        case .availabilityZone:
            BoxStyle(fill: "#fafafa", stroke: "#5f6b7a", strokeWidth: "1", dash: "6 4", cornerRadius: 0)
        case .publicSubnet: BoxStyle(fill: "#f2f8e9", stroke: "#4f7f12", strokeWidth: "1.5", dash: nil, cornerRadius: 0)
        case .privateSubnet:
            BoxStyle(fill: "#e8f3fa", stroke: "#0e6aa0", strokeWidth: "1.5", dash: nil, cornerRadius: 0)
        case .internetGateway:
            BoxStyle(fill: "#f3edff", stroke: "#6b2fd6", strokeWidth: "1.5", dash: nil, cornerRadius: 6)
        case .natGateway:
            BoxStyle(fill: "#e6f5f1", stroke: "#0b7a66", strokeWidth: "1.5", dash: nil, cornerRadius: 6)
        case .instance: BoxStyle(fill: "#fff3e6", stroke: "#c45c00", strokeWidth: "1.5", dash: nil, cornerRadius: 4)
        case .securityGroup:
            BoxStyle(fill: "#ffffff", stroke: "#c7253e", strokeWidth: "1.5", dash: "4 3", cornerRadius: 4)
        case .bucket: BoxStyle(fill: "#edf6e7", stroke: "#3f7d20", strokeWidth: "1.5", dash: nil, cornerRadius: 4)
        case .flowLog: BoxStyle(fill: "#f3edff", stroke: "#6b2fd6", strokeWidth: "1.5", dash: "2 2", cornerRadius: 4)
        case .trail: BoxStyle(fill: "#fdebf3", stroke: "#b0125f", strokeWidth: "1.5", dash: nil, cornerRadius: 4)
        }
    }

    /// Returns the badge colour of `severity` and the text colour readable on it.
    static func badge(_ severity: Severity) -> (fill: String, text: String) {
        switch severity {
        case .critical: ("#7a0b0b", "#ffffff")
        case .high: ("#c9290f", "#ffffff")
        case .medium: ("#f2a900", "#000000")
        case .low: ("#2f6db3", "#ffffff")
        }
    }

    /// The colour of route arrows.
    static let route = "#414d5c"
    /// The colour and dash pattern of the links from VPCs to their flow logs.
    static let flowLogLink = "#6b2fd6"
    static let flowLogLinkDash = "5 3"
    /// The colour of captions, labels and details.
    static let caption = "#414d5c"
    static let label = "#0f141a"
    /// The font stack; it names only fonts installed with common systems, never a download.
    static let fontFamily = "Helvetica, Arial, 'DejaVu Sans', 'Liberation Sans', sans-serif"
}
