import Foundation
import RempartAWS
import RempartInfra
import RempartTemplate
import Testing

@testable import RempartDeploy

/// What the provisioners send for given properties, and the names they give.
struct ProvisionerTests {
    /// Returns the form pairs of an EC2 call with `parameters`, without `Action` and `Version`.
    private func pairs(_ parameters: [(String, QueryValue)]) -> [String] {
        AWSProtocol.ec2(version: "2016-11-15").queryItems(action: "RunInstances", parameters: parameters).dropFirst(2)
            .map { "\($0.name)=\($0.value)" }
    }

    @Test func instanceSendsEveryProperty() throws {
        let instance = Instance(
            "Host", imageID: "ami-1", instanceType: "t3.micro", keyName: "key", iamInstanceProfile: "profile",
            launchTemplate: ("lt-1", "1"), subnetID: "subnet-1", securityGroupIDs: ["sg-1", "sg-2"],
            ebsOptimized: true, monitoring: true, metadataOptions: .tokensRequired,
            blockDeviceMappings: [BlockDeviceMapping(deviceName: "/dev/sda1", volumeSize: 30, encrypted: true)],
            tags: [Tag("Name", "host")])
        let parameters = try InstanceProvisioner.runParameters(
            instance.properties, tags: ["Name": "host", "rempart:deployment": "lab"], logicalID: "Host")
        #expect(
            pairs(parameters) == [
                "ImageId=ami-1", "InstanceType=t3.micro", "MinCount=1", "MaxCount=1", "SubnetId=subnet-1",
                "SecurityGroupId.1=sg-1", "SecurityGroupId.2=sg-2", "KeyName=key", "IamInstanceProfile.Name=profile",
                "LaunchTemplate.LaunchTemplateId=lt-1", "LaunchTemplate.Version=1", "EbsOptimized=true",
                "Monitoring.Enabled=true", "MetadataOptions.HttpEndpoint=enabled", "MetadataOptions.HttpTokens=required",
                "MetadataOptions.HttpPutResponseHopLimit=1", "MetadataOptions.InstanceMetadataTags=disabled",
                "BlockDeviceMapping.1.DeviceName=/dev/sda1", "BlockDeviceMapping.1.Ebs.VolumeSize=30",
                "BlockDeviceMapping.1.Ebs.VolumeType=gp3", "BlockDeviceMapping.1.Ebs.Encrypted=true",
                "BlockDeviceMapping.1.Ebs.DeleteOnTermination=true",
                "TagSpecification.1.ResourceType=instance", "TagSpecification.1.Tag.1.Key=Name",
                "TagSpecification.1.Tag.1.Value=host", "TagSpecification.1.Tag.2.Key=rempart:deployment",
                "TagSpecification.1.Tag.2.Value=lab", "TagSpecification.2.ResourceType=volume",
                "TagSpecification.2.Tag.1.Key=Name", "TagSpecification.2.Tag.1.Value=host",
                "TagSpecification.2.Tag.2.Key=rempart:deployment", "TagSpecification.2.Tag.2.Value=lab",
            ])
    }

    @Test func instanceWithoutImageIsRejected() throws {
        let properties = try TemplateReader.readJSONValue(Data(#"{"InstanceType":"t3.micro"}"#.utf8), file: "p.json")
        #expect {
            _ = try InstanceProvisioner.runParameters(properties, tags: [:], logicalID: "Host")
        } throws: { error in
            guard case DeployError.unresolvedProperty(let logicalID, let property, _) = error else { return false }
            return logicalID == "Host" && property == "ImageId"
        }
    }

    @Test func securityGroupRulesBecomePermissions() throws {
        let group = SecurityGroup(
            "Group", groupDescription: "web", vpcID: "vpc-1",
            ingress: [SecurityGroupRule(fromPort: 9200, toPort: 9300, cidrIP: "192.0.2.10/32", description: "Search")],
            egress: [SecurityGroupRule(ipProtocol: "-1", fromPort: -1, toPort: -1, cidrIP: "10.0.0.0/16")])
        let ingress = try SecurityGroupProvisioner.permissions(group.properties["SecurityGroupIngress"], "Group")
        #expect(
            ingress == [
                EC2.IPPermission(
                    ipProtocol: "tcp", fromPort: 9200, toPort: 9300,
                    ipRanges: [EC2.IPPermission.IPRange("192.0.2.10/32", description: "Search")])
            ])
        let egress = try SecurityGroupProvisioner.permissions(group.properties["SecurityGroupEgress"], "Group")
        #expect(egress == [EC2.IPPermission(ipProtocol: "-1", ipRanges: [EC2.IPPermission.IPRange("10.0.0.0/16")])])
    }

    @Test(arguments: [
        ("InstanceRole", "instance-role"), ("VPCFlowLog", "vpc-flow-log"), ("LinuxPublicAZ1", "linux-public-az1"),
        ("AccessLogBucket", "access-log-bucket"), ("VPC", "vpc"),
    ])
    func logicalIDsBecomeKebabCase(_ logicalID: String, _ kebab: String) {
        #expect(ProvisioningInput.kebabCase(logicalID) == kebab)
    }

    @Test func generatedNamesCarryTheDeployment() throws {
        let (services, _) = Emulator.services(endpoint: URL(string: "http://127.0.0.1:9"))
        let store = StateStore(state: DeploymentState(name: "lab", profile: "test", region: "us-east-1"), fileURL: nil)
        let context = StepContext(
            services: services, deployment: "lab", stepID: "AccessLogBucket", store: store, waitTimeout: 1,
            pollInterval: 0.1)
        let input = ProvisioningInput(context: context, logicalID: "AccessLogBucket") { try TemplateReader.readJSONValue(Data("{}".utf8), file: "p.json") }
        #expect(input.generatedName == "rempart-lab-access-log-bucket")
        #expect(input.generatedBucketName(account: "123456789012") == "rempart-lab-access-log-bucket-123456789012-us-east-1")
        var long = context
        long.deployment = "abcdefghijklmnopqrstuvwx"
        let longInput = ProvisioningInput(context: long, logicalID: "AccessLogBucket") { try TemplateReader.readJSONValue(Data("{}".utf8), file: "p.json") }
        let name = longInput.generatedBucketName(account: "123456789012")
        #expect(name.count <= 63)
        #expect(name.hasPrefix("rempart-abcdefghijklmnopqrstuvw"))
        #expect(name.hasSuffix("-123456789012-us-east-1"))
        let tagged = try TemplateReader.readJSONValue(
            Data(#"{"Tags":[{"Key":"Name","Value":"logs"},{"Key":"rempart:deployment","Value":"other"}]}"#.utf8),
            file: "p.json")
        // The deployment's own tags win over a construct tag with the same key.
        #expect(input.tags(tagged) == ["Name": "logs", "rempart:deployment": "lab", "rempart:resource": "AccessLogBucket"])
    }

    @Test func everyLabTypeHasAProvisioner() {
        for profile in LabProfile.allCases {
            for construct in LabArchitecture.apiApp(profile: profile).stacks.flatMap(\.resources) {
                #expect(Provisioners.all[construct.resourceType] != nil, Comment(rawValue: construct.resourceType))
            }
        }
    }
}
