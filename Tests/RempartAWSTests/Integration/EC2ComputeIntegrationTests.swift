import Foundation
import RempartAWS
import Testing

extension EmulatorIntegrationTests {
    @Suite struct EC2ComputeIntegrationTests {
        let ec2 = EC2(client: Emulator.client())

        private func linuxImageID() async throws -> String {
            try await SSM(client: Emulator.client())
                .parameter("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64").value
        }

        @Test func resolvesAMIsThroughSSMAndDescribeImages() async throws {
            try await Emulator.reset()
            let imageID = try await linuxImageID()
            #expect(imageID.hasPrefix("ami-"))

            let (found, invalid) = try await SSM(client: Emulator.client()).parameters([
                "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64", "/aws/service/does-not-exist",
            ])
            #expect(found.map(\.value) == [imageID])
            #expect(invalid == ["/aws/service/does-not-exist"])

            let windows = try await ec2.describeImages(
                owners: ["amazon"], filters: [EC2.Filter("name", ["Windows_Server-2016-English-Full-Base*"])])
            #expect(!windows.isEmpty)
            #expect(windows.allSatisfy { $0.name.hasPrefix("Windows_Server-2016-English-Full-Base") })
            #expect(windows.first?.platform == "windows")
        }

        @Test func runsDescribesAndTerminatesHardenedInstance() async throws {
            let iam = IAM(client: Emulator.client())
            let roleName = Emulator.unique("lab-instance-role")
            let profileName = Emulator.unique("lab-instance-profile")
            _ = try await iam.createRole(
                name: roleName,
                assumeRolePolicyDocument:
                    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
            )
            let profile = try await iam.createInstanceProfile(name: profileName)
            try await iam.addRoleToInstanceProfile(profileName: profileName, roleName: roleName)

            let vpc = try await ec2.createVPC(cidrBlock: "10.4.0.0/16")
            let subnet = try await ec2.createSubnet(
                vpcID: vpc.id, cidrBlock: "10.4.0.0/24", availabilityZone: "us-east-1b")
            let groupID = try await ec2.createSecurityGroup(
                name: Emulator.unique("lab-instances"), description: "lab", vpcID: vpc.id)

            let launched = try await ec2.runInstances(
                EC2.LaunchSpecification(
                    imageID: try await linuxImageID(), instanceType: "t3.micro", subnetID: subnet.id,
                    securityGroupIDs: [groupID],
                    iamInstanceProfile: profile.arn,
                    metadataOptions: EC2.MetadataOptions(
                        httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 1),
                    blockDeviceMappings: [
                        EC2.BlockDeviceMapping(
                            deviceName: "/dev/xvda", volumeSize: 8, volumeType: "gp3", isEncrypted: true)
                    ],
                    tags: ["Name": "tp4-linux-public-AZ2"]))
            let instanceID = try #require(launched.first?.id)

            let instance = try #require(try await ec2.describeInstances(ids: [instanceID]).first)
            #expect(instance.state == "running")
            #expect(instance.instanceType == "t3.micro")
            #expect(instance.subnetID == subnet.id)
            #expect(instance.availabilityZone == "us-east-1b")
            #expect(instance.securityGroupIDs == [groupID])
            #expect(instance.tags == ["Name": "tp4-linux-public-AZ2"])
            #expect(instance.metadataOptions?.httpTokens == "required")
            #expect(instance.iamInstanceProfileARN == profile.arn)
            let volumeID = try #require(instance.volumeIDs["/dev/xvda"])
            #expect(try await ec2.describeVolumes(ids: [volumeID]).first?.isEncrypted == true)

            let byName = try await ec2.describeInstances(filters: [EC2.Filter("tag:Name", ["tp4-linux-public-AZ2"])])
            #expect(byName.map(\.id) == [instanceID])

            try await ec2.modifyInstanceMetadataOptions(
                instanceID: instanceID, options: EC2.MetadataOptions(httpTokens: "optional"))
            #expect(try await ec2.describeInstances(ids: [instanceID]).first?.metadataOptions?.httpTokens == "optional")

            let states = try await ec2.terminateInstances(ids: [instanceID])
            #expect(states.keys.sorted() == [instanceID])
            #expect(try await ec2.describeInstances(ids: [instanceID]).first?.state == "terminated")
        }

        @Test func managesLaunchTemplates() async throws {
            let name = Emulator.unique("lab-template")
            let data = EC2.LaunchTemplateData(
                imageID: "ami-12c6146b", instanceType: "t3.micro",
                blockDeviceMappings: [EC2.BlockDeviceMapping(deviceName: "/dev/xvda", volumeSize: 8, isEncrypted: true)]
            )
            let template = try await ec2.createLaunchTemplate(name: name, data: data, tags: ["Name": name])
            #expect(template.name == name)
            #expect(template.latestVersion == 1)
            #expect(try await ec2.describeLaunchTemplates(names: [name]).map(\.id) == [template.id])

            let versions = try await ec2.describeLaunchTemplateVersions(templateID: template.id)
            let stored = try #require(versions[1])
            #expect(stored.imageID == "ami-12c6146b")
            #expect(stored.metadataOptions?.httpTokens == "required")
            #expect(stored.blockDeviceMappings.first?.isEncrypted == true)

            try await ec2.deleteLaunchTemplate(id: template.id)
            #expect(
                try await ec2.describeLaunchTemplates(filters: [EC2.Filter("launch-template-name", [name])]).isEmpty)
        }

        @Test func managesVolumes() async throws {
            let volume = try await ec2.createVolume(
                availabilityZone: "us-east-1a", size: 10, kmsKeyID: "alias/aws/ebs", tags: ["Name": "lab-data"])
            #expect(volume.size == 10)
            #expect(volume.isEncrypted)
            let described = try #require(try await ec2.describeVolumes(ids: [volume.id]).first)
            #expect(described.availabilityZone == "us-east-1a")
            #expect(described.volumeType == "gp3")
            #expect(described.tags == ["Name": "lab-data"])
            try await ec2.deleteVolume(id: volume.id)
            #expect(try await ec2.describeVolumes(filters: [EC2.Filter("volume-id", [volume.id])]).isEmpty)
        }
    }
}
