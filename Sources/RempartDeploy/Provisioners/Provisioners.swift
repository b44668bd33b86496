/// The provisioners the API deployment has, by resource type.
public enum Provisioners {
    /// Every provisioner, by its CloudFormation type.
    public static let all: [String: any Provisioner] = {
        let provisioners: [any Provisioner] = [
            AlarmProvisioner(), BucketPolicyProvisioner(), BucketProvisioner(), ElasticIPProvisioner(),
            FlowLogProvisioner(), InstanceProfileProvisioner(), InstanceProvisioner(), InternetGatewayProvisioner(),
            KMSAliasProvisioner(), KMSKeyProvisioner(), LaunchTemplateProvisioner(), LogGroupProvisioner(),
            NATGatewayProvisioner(), RoleProvisioner(), RouteProvisioner(), RouteTableProvisioner(),
            SecurityGroupProvisioner(), SubnetProvisioner(), SubnetRouteTableAssociationProvisioner(),
            TrailProvisioner(), VPCGatewayAttachmentProvisioner(), VPCProvisioner(),
        ]
        return Dictionary(uniqueKeysWithValues: provisioners.map { ($0.resourceType, $0) })
    }()
}
