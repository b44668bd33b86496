import RempartTemplate

/// An `AWS::EC2::VPCGatewayAttachment` of an internet gateway to a VPC.
public struct VPCGatewayAttachment: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::VPCGatewayAttachment" }
    public var attributes = ResourceAttributes()
    public var internetGatewayID: Token
    public var vpcID: Token

    /// Creates an attachment.
    public init(_ logicalID: String, internetGatewayID: Token, vpcID: Token) {
        self.logicalID = logicalID
        self.internetGatewayID = internetGatewayID
        self.vpcID = vpcID
    }

    public var properties: Node {
        .map([("InternetGatewayId", internetGatewayID.node), ("VpcId", vpcID.node)])
    }
}
