import RempartTemplate

/// An `AWS::EC2::Route` through an internet gateway or a NAT gateway.
public struct Route: Construct {
    /// The gateway a route sends traffic to.
    public enum Target: Sendable {
        case internetGateway(Token)
        case natGateway(Token)
    }

    public let logicalID: String
    public var resourceType: String { "AWS::EC2::Route" }
    public var attributes: ResourceAttributes
    public var routeTableID: Token
    public var destinationCIDRBlock: Token
    public var target: Target

    /// Creates a route.
    public init(
        _ logicalID: String, routeTableID: Token, destinationCIDRBlock: Token = "0.0.0.0/0", target: Target,
        attributes: ResourceAttributes = ResourceAttributes()
    ) {
        self.logicalID = logicalID
        self.routeTableID = routeTableID
        self.destinationCIDRBlock = destinationCIDRBlock
        self.target = target
        self.attributes = attributes
    }

    public var properties: Node {
        let targetEntry: (String, Node?) =
            switch target {
            case .internetGateway(let id): ("GatewayId", id.node)
            case .natGateway(let id): ("NatGatewayId", id.node)
            }
        return .map([
            ("RouteTableId", routeTableID.node), ("DestinationCidrBlock", destinationCIDRBlock.node), targetEntry,
        ])
    }
}
