/// The three stacks of the lab's CloudFormation part, with their parameters and outputs.
enum LabTemplates {
    /// vpc.yaml.
    static func networkStack(_ context: LabContext, network: LabNetwork) -> Stack {
        let isHardened = context.profile == .hardened
        let p = context.parameters
        let description =
            isHardened
            ? "PolyStudent lab network (hardened): one VPC with a public and a private subnet in each of two "
                + "Availability Zones, an Internet Gateway, one NAT Gateway per AZ, a security group whose ingress is "
                + "limited to an administrator CIDR, and VPC Flow Logs of rejected traffic delivered to the lab bucket "
                + "of the S3 stack (KMS-encrypted, versioned, private, with server access logging)."
            : "PolyStudent lab network: one VPC with a public and a private subnet in each of two Availability Zones, "
                + "an Internet Gateway, one NAT Gateway per AZ and a security group for the lab hosts."

        // The lab left EnvironmentName without a default, which trivy warns about.
        var parameters = [
            isHardened
                ? Parameter(
                    "EnvironmentName",
                    description:
                        "An environment name that is prefixed to resource names (lower case, used in export names)",
                    defaultValue: p.environmentName, allowedPattern: "^[a-z][a-z0-9-]{1,30}$",
                    constraintDescription: "2-31 lower-case letters, digits or hyphens, starting with a letter")
                : Parameter("EnvironmentName", description: "An environment name that is prefixed to resource names")
        ]
        if isHardened {
            parameters.append(
                Parameter(
                    "AdminCIDR",
                    description: "The only IPv4 range allowed to reach the lab hosts (for example your public IP as a "
                        + "/32). Prefixes shorter than /16 are refused. The default is a documentation address "
                        + "(RFC 5737), so nothing is reachable until a real range is given.",
                    defaultValue: p.adminCIDR,
                    allowedPattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
                        + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(1[6-9]|2[0-9]|3[0-2])$",
                    constraintDescription: "an IPv4 CIDR block with a prefix length between /16 and /32"))
        }
        parameters.append(
            Parameter(
                "VpcCIDR", description: "IP range (CIDR notation) for the VPC polystudent-vpc", defaultValue: p.vpcCIDR)
        )
        let subnets = [
            ("PublicSubnet1CIDR", "public", "first", p.publicSubnet1CIDR),
            ("PublicSubnet2CIDR", "public", "second", p.publicSubnet2CIDR),
            ("PrivateSubnet1CIDR", "private", "first", p.privateSubnet1CIDR),
            ("PrivateSubnet2CIDR", "private", "second", p.privateSubnet2CIDR),
        ]
        for (name, kind, ordinal, cidr) in subnets {
            parameters.append(
                Parameter(
                    name,
                    description: "IP range (CIDR notation) for the \(kind) subnet in the \(ordinal) Availability Zone",
                    defaultValue: cidr))
        }
        return Stack(
            fileName: "vpc.yaml", description: description, parameters: parameters, resources: network.resources,
            outputs: network.outputs(context))
    }

    /// ec2.json: one instance in the first public subnet, imported from the network stack, or the
    /// `hosts` given instead (the SDK part's four instances), with the network exports they name.
    static func computeStack(_ context: LabContext, networkStack: Stack, hosts: [LabHost]? = nil) -> Stack {
        let isHardened = context.profile == .hardened
        let description =
            isHardened
            ? "Deploy a secure EC2 instance on the public subnet of AZ1 (hardened: IMDSv2 only via launch template and "
                + "instance, encrypted root volume, no public address, SSM-managed instance role, "
                + "NetworkPacketsIn alarm)"
            : "Deploy a secure EC2 instance on the public subnet of AZ1"
        var parameters = [
            Parameter(
                "EnvironmentName",
                description: "Environment name used when the \(isHardened ? "hardened " : "")VPC stack was created "
                    + "(its exports are prefixed with it)",
                defaultValue: context.parameters.environmentName),
            Parameter(
                "InstanceType", description: "EC2 instance type", defaultValue: "t3.micro",
                allowedValues: isHardened ? ["t3.micro", "t3.small"] : ["t2.micro", "t3.micro", "t3.small"]),
            Parameter(
                "KeyName",
                description:
                    "Name of an existing EC2 key pair used for SSH access\(isHardened ? " from the admin CIDR" : "")",
                type: "AWS::EC2::KeyPair::KeyName", defaultValue: "polystudent-key"),
            Parameter(
                "LatestAmiId", description: "Amazon Linux 2023 AMI resolved from the public SSM parameter",
                type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                defaultValue: LabArchitecture.amazonLinuxAMIParameter),
        ]
        if hosts?.contains(where: \.isWindows) == true {
            parameters.append(
                Parameter(
                    "WindowsAmiId", description: "Windows Server AMI of the private hosts",
                    type: "AWS::EC2::Image::Id"))
        }

        // The subnet and security group come from the network stack's exports.
        let securityGroup = networkStack.output("LabSecurityGroup")?.imported ?? .importValue(context.named("LAB-SG"))
        let subnet = networkStack.output("PublicSubnet1")?.imported ?? .importValue(context.named("PUB1-SN"))
        let labHost = LabHost(
            logicalID: "LabInstance", name: context.named("ec2-az1"), subnetID: subnet, imageID: .ref("LatestAmiId"))
        let compute = LabCompute(
            context, hosts: hosts ?? [labHost], securityGroupID: securityGroup, instanceType: .ref("InstanceType"),
            keyName: .ref("KeyName"))

        var outputs = [Output("InstanceId", description: "ID of the EC2 instance", value: compute.instances[0].ref)]
        if !isHardened {
            outputs.append(
                Output(
                    "PublicIp", description: "Public IP address of the EC2 instance",
                    value: compute.instances[0].publicIP))
        }
        return Stack(
            fileName: "ec2.json", description: description, parameters: parameters, resources: compute.resources,
            outputs: outputs)
    }

    /// s3.json.
    static func storageStack(_ context: LabContext, addsTLSPolicy: Bool = false) -> Stack {
        let storage = LabStorage(context, addsTLSPolicy: addsTLSPolicy)
        guard context.profile == .hardened else {
            // The lab's s3.json takes no parameter; a bucket named after the environment needs its name.
            let parameters =
                context.parameters.namesBucketByEnvironment
                ? [
                    Parameter(
                        "EnvironmentName", description: "An environment name that is part of the bucket name",
                        defaultValue: context.parameters.environmentName, allowedPattern: "^[a-z][a-z0-9-]{1,30}$")
                ] : []
            return Stack(
                fileName: "s3.json", description: "S3 bucket", parameters: parameters, resources: storage.resources,
                outputs: [Output("BucketName", description: "Name of the S3 bucket", value: storage.bucket.name)])
        }
        let parameters = [
            Parameter(
                "EnvironmentName", description: "An environment name that is prefixed to resource names",
                defaultValue: context.parameters.environmentName, allowedPattern: "^[a-z][a-z0-9-]{1,30}$"),
            .number(
                "NoncurrentVersionDays", description: "Days after which noncurrent object versions expire",
                defaultValue: 90,
                minValue: 1),
        ]
        return Stack(
            fileName: "s3.json",
            description:
                "S3 bucket (hardened: customer-managed KMS encryption, versioning, public access block, TLS-only "
                + "access, server access logging to a dedicated log bucket, replication to an encrypted replica and a "
                + "CloudTrail trail of its data events)",
            parameters: parameters, resources: storage.resources,
            outputs: [
                Output("BucketName", description: "Name of the S3 bucket", value: storage.bucket.name),
                Output(
                    "BucketArn", description: "ARN of the S3 bucket, where the network stack delivers its flow logs",
                    value: storage.bucket.arn, exportName: context.named(LabStorage.bucketARNExport)),
                Output(
                    "AccessLogBucketName",
                    description: "Name of the bucket receiving the server access logs and the trail's log files",
                    value: .ref("AccessLogBucket")),
                Output("ReplicaBucketName", description: "Name of the replica bucket", value: .ref("ReplicaBucket")),
                Output("TrailName", description: "Name of the CloudTrail trail", value: .ref("Trail")),
                Output("BucketKeyArn", description: "KMS key encrypting the buckets and logs", value: storage.key.arn),
            ])
    }
}
