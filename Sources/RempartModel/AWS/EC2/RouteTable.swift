/// A route table (`AWS::EC2::RouteTable`) with its routes and subnet associations.
public struct RouteTable: AWSResource {
    public var address: ResourceAddress
    /// `VpcId`, when set.
    public var vpc: Resolved<Identifier>?
    /// The `AWS::EC2::Route` resources whose `RouteTableId` is this table.
    public var routes: [Route]
    /// The subnets of the `AWS::EC2::SubnetRouteTableAssociation` resources for this table.
    public var subnets: [Resolved<Identifier>]

    /// Creates a route table.
    public init(address: ResourceAddress, vpc: Resolved<Identifier>?, routes: [Route], subnets: [Resolved<Identifier>]) {
        self.address = address
        self.vpc = vpc
        self.routes = routes
        self.subnets = subnets
    }
}
