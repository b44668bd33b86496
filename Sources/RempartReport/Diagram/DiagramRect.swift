/// An axis-aligned rectangle in diagram pixels, with the origin at the top left.
///
/// Coordinates are integers so the SVG output never depends on how a platform prints a
/// floating-point number.
public struct DiagramRect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a rectangle.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var midX: Int { x + width / 2 }
    public var midY: Int { y + height / 2 }

    /// Returns whether the two rectangles share interior area. Touching edges do not count.
    public func overlaps(_ other: DiagramRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// Returns whether `other` lies entirely inside this rectangle, edges included.
    public func contains(_ other: DiagramRect) -> Bool {
        other.x >= x && other.maxX <= maxX && other.y >= y && other.maxY <= maxY
    }

    /// Returns whether the point lies strictly inside the rectangle.
    public func containsInterior(x px: Int, y py: Int) -> Bool {
        px > x && px < maxX && py > y && py < maxY
    }

    public var description: String { "(\(x), \(y), \(width)×\(height))" }
}
