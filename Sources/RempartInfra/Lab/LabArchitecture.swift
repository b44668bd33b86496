/// The lab's architecture, built from Rempart's constructs in either profile.
///
/// `app(profile:parameters:)` is the CloudFormation part: three stacks written to
/// `vpc.yaml`, `ec2.json` and `s3.json`, the EC2 stack importing the VPC stack's subnet and
/// security group, and in the hardened profile the VPC stack importing the S3 stack's bucket for
/// its flow logs. `apiApp(profile:parameters:)` is what a deployment through the API creates:
/// the same three stacks, with the SDK part's additions built from the same constructs.
public enum LabArchitecture {
    /// The Amazon Linux 2023 AMI, as the public SSM parameter that names the latest one.
    public static let amazonLinuxAMIParameter = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"

    /// Builds the CloudFormation part: the network, EC2 and S3 stacks.
    public static func app(profile: LabProfile, parameters: LabParameters = LabParameters()) -> App {
        let context = LabContext(profile: profile, parameters: parameters, usesTemplateParameters: true)
        let networkStack = LabTemplates.networkStack(context, network: LabNetwork(context))
        return App(stacks: [
            networkStack,
            LabTemplates.computeStack(context, networkStack: networkStack),
            LabTemplates.storageStack(context),
        ])
    }

    /// Builds the architecture the lab's SDK part created: the three stacks of `app(profile:parameters:)`
    /// with two additions the templates do not hold.
    ///
    /// - The EC2 stack contains the scripts' four t3.micro instances in place of `LabInstance`:
    ///   `tp4-linux-public-AZ1` and `tp4-linux-public-AZ2` (Amazon Linux, public subnets) and
    ///   `tp4-windows-private-AZ1` and `tp4-windows-private-AZ2` (Windows Server, private subnets, AMI
    ///   from the `WindowsAmiId` parameter), each with its alarm in the hardened profile.
    /// - The baseline bucket gets the TLS-only policy the scripts gave it.
    public static func apiApp(profile: LabProfile, parameters: LabParameters = LabParameters()) -> App {
        let context = LabContext(profile: profile, parameters: parameters, usesTemplateParameters: true)
        let networkStack = LabTemplates.networkStack(context, network: LabNetwork(context))
        var hosts: [LabHost] = []
        for index in 1...2 {
            let subnet = networkStack.output("PublicSubnet\(index)")?.imported ?? .importValue(context.named("PUB\(index)-SN"))
            hosts.append(
                LabHost(
                    logicalID: "LinuxPublicAZ\(index)", name: .literal("tp4-linux-public-AZ\(index)"),
                    subnetID: subnet, imageID: .ref("LatestAmiId")))
        }
        for index in 1...2 {
            let subnet = networkStack.output("PrivateSubnet\(index)")?.imported ?? .importValue(context.named("PRI\(index)-SN"))
            hosts.append(
                LabHost(
                    logicalID: "WindowsPrivateAZ\(index)", name: .literal("tp4-windows-private-AZ\(index)"),
                    subnetID: subnet, imageID: .ref("WindowsAmiId"), isWindows: true))
        }
        return App(stacks: [
            networkStack,
            LabTemplates.computeStack(context, networkStack: networkStack, hosts: hosts),
            LabTemplates.storageStack(context, addsTLSPolicy: profile == .baseline),
        ])
    }
}
