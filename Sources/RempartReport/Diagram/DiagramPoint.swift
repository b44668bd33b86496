/// A point in diagram pixels.
public struct DiagramPoint: Hashable, Sendable {
    public var x: Int
    public var y: Int

    /// Creates a point.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
