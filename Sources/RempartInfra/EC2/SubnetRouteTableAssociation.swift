import RempartTemplate

/// An `AWS::EC2::SubnetRouteTableAssociation`.
public struct SubnetRouteTableAssociation: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::SubnetRouteTableAssociation" }
    public var attributes = ResourceAttributes()
    public var routeTableID: Token
    public var subnetID: Token

    /// Creates an association.
    public init(_ logicalID: String, routeTableID: Token, subnetID: Token) {
        self.logicalID = logicalID
        self.routeTableID = routeTableID
        self.subnetID = subnetID
    }

    public var properties: Node { .map([("RouteTableId", routeTableID.node), ("SubnetId", subnetID.node)]) }
}
