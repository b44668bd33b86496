/// A route table (`AWS::EC2::RouteTable`) with its routes and subnet associations.
public struct RouteTable: AWSResource {
    public var address: ResourceAddress
    /// `VpcId`, when set.
    public var vpc: Resolved<Identifier>?
    /// The `AWS::EC2::Route` resources whose `RouteTableId` is this table. A live table has
    /// every route but the VPC's `local` one.
    public var routes: [Route]
    /// The subnets of the `AWS::EC2::SubnetRouteTableAssociation` resources for this table.
    public var subnets: [Resolved<Identifier>]
    /// Whether the table is its VPC's main route table, which routes every subnet that has no
    /// explicit association. AWS creates it with the VPC, so only live tables can be main.
    public var isMain: Bool

    /// Creates a route table.
    public init(
        address: ResourceAddress, vpc: Resolved<Identifier>?, routes: [Route], subnets: [Resolved<Identifier>],
        isMain: Bool = false
    ) {
        self.address = address
        self.vpc = vpc
        self.routes = routes
        self.subnets = subnets
        self.isMain = isMain
    }
}
