/// The lab's architecture, built from Rempart's constructs in either profile.
///
/// `app(profile:parameters:)` is the CloudFormation part: three stacks written to
/// `vpc.yaml`, `ec2.json` and `s3.json`, the EC2 stack importing the VPC stack's public
/// subnet and security group. `sdkGraph(profile:parameters:)` is the SDK part: the same
/// network with four instances and the storage, as one graph of resources with literal
/// names, ranges and zones, for a deployment through the API.
public enum LabArchitecture {
    /// The Amazon Linux 2023 AMI, as the public SSM parameter that names the latest one.
    static let amazonLinuxAMIParameter = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
    /// The Windows Server 2022 AMI, as the public SSM parameter that names the latest one.
    static let windowsAMIParameter = "/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base"

    /// Builds the CloudFormation part: the network, EC2 and S3 stacks.
    public static func app(profile: LabProfile, parameters: LabParameters = LabParameters()) -> App {
        let context = LabContext(profile: profile, parameters: parameters, usesTemplateParameters: true)
        let network = LabNetwork(context)
        let networkStack = LabTemplates.networkStack(context, network: network)
        return App(stacks: [
            networkStack,
            LabTemplates.computeStack(context, networkStack: networkStack),
            LabTemplates.storageStack(context),
        ])
    }

    /// Builds the SDK part: one graph of every resource, with the instances the lab's scripts created:
    /// `tp4-linux-public-AZ1`, `tp4-linux-public-AZ2` in the public subnets and
    /// `tp4-windows-private-AZ1`, `tp4-windows-private-AZ2` in the private ones, all t3.micro,
    /// in us-east-1a and us-east-1b.
    public static func sdkGraph(profile: LabProfile, parameters: LabParameters = LabParameters()) -> Stack {
        let context = LabContext(profile: profile, parameters: parameters, usesTemplateParameters: false)
        let network = LabNetwork(context)
        let linux = Token.literal("{{resolve:ssm:\(amazonLinuxAMIParameter)}}")
        let windows = Token.literal("{{resolve:ssm:\(windowsAMIParameter)}}")
        var hosts: [LabHost] = []
        for (index, subnet) in network.publicSubnets.enumerated() {
            hosts.append(
                LabHost(
                    logicalID: "LinuxPublicAZ\(index + 1)", name: .literal("tp4-linux-public-AZ\(index + 1)"),
                    subnetID: subnet.ref, imageID: linux, isPublic: true))
        }
        for (index, subnet) in network.privateSubnets.enumerated() {
            hosts.append(
                LabHost(
                    logicalID: "WindowsPrivateAZ\(index + 1)", name: .literal("tp4-windows-private-AZ\(index + 1)"),
                    subnetID: subnet.ref, imageID: windows, isPublic: false))
        }
        let compute = LabCompute(
            context, hosts: hosts, securityGroupID: network.securityGroup.groupID, instanceType: "t3.micro",
            keyName: nil)
        let storage = LabStorage(context, accessLogBucketID: "StorageAccessLogBucket")
        return Stack(
            fileName: "lab-sdk",
            description: "PolyStudent lab architecture deployed through the API (\(profile.rawValue))",
            resources: network.resources + compute.resources + storage.resources)
    }
}
