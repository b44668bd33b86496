import Foundation
import RempartAWS
import Testing

struct ResponseDecodingTests {
    @Test func decodesEC2VpcsAcrossPages() async throws {
        let first = """
            <?xml version="1.0" encoding="UTF-8"?>
            <DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
              <requestId>r-1</requestId>
              <vpcSet><item><vpcId>vpc-1</vpcId><cidrBlock>10.0.0.0/16</cidrBlock><state>available</state>
                <isDefault>false</isDefault><tagSet><item><key>Name</key><value>polystudent-vpc</value></item></tagSet></item></vpcSet>
              <nextToken>page-2</nextToken>
            </DescribeVpcsResponse>
            """
        let second = """
            <DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
              <vpcSet><item><vpcId>vpc-2</vpcId><cidrBlock>172.31.0.0/16</cidrBlock><state>available</state>
                <isDefault>true</isDefault></item></vpcSet>
            </DescribeVpcsResponse>
            """
        let stub = StubTransport(bodies: [first, second])
        let vpcs = try await EC2(client: TestClients.client(transport: stub)).describeVPCs(filters: [
            EC2.Filter("state", ["available"])
        ])
        #expect(vpcs.map(\.id) == ["vpc-1", "vpc-2"])
        #expect(vpcs[0].tags == ["Name": "polystudent-vpc"])
        #expect(vpcs[1].isDefault)
        #expect(stub.requests.count == 2)
        #expect(stub.requests[1].formItems.contains(QueryItem("NextToken", "page-2")))
        #expect(stub.requests[0].formItems.contains(QueryItem("Filter.1.Name", "state")))
    }

    @Test func decodesInstanceMetadataOptionsAndVolumes() async throws {
        let body = """
            <DescribeInstancesResponse><reservationSet><item><instancesSet><item>
              <instanceId>i-1</instanceId><imageId>ami-1</imageId><instanceType>t3.micro</instanceType>
              <instanceState><code>16</code><name>running</name></instanceState>
              <subnetId>subnet-1</subnetId><vpcId>vpc-1</vpcId><ipAddress>54.0.0.1</ipAddress>
              <groupSet><item><groupId>sg-1</groupId><groupName>lab</groupName></item></groupSet>
              <iamInstanceProfile><arn>arn:aws:iam::123456789012:instance-profile/lab</arn></iamInstanceProfile>
              <metadataOptions><httpTokens>required</httpTokens><httpEndpoint>enabled</httpEndpoint>
                <httpPutResponseHopLimit>1</httpPutResponseHopLimit></metadataOptions>
              <blockDeviceMapping><item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-1</volumeId></ebs></item></blockDeviceMapping>
            </item></instancesSet></item></reservationSet></DescribeInstancesResponse>
            """
        let instances = try await EC2(client: TestClients.client(transport: StubTransport(bodies: [body])))
            .describeInstances()
        let instance = try #require(instances.first)
        #expect(instance.state == "running")
        #expect(instance.securityGroupIDs == ["sg-1"])
        #expect(
            instance.metadataOptions
                == EC2.MetadataOptions(httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 1))
        #expect(instance.volumeIDs == ["/dev/xvda": "vol-1"])
        #expect(instance.iamInstanceProfileARN == "arn:aws:iam::123456789012:instance-profile/lab")
        #expect(instance.publicIPAddress == "54.0.0.1")
    }

    @Test func runInstancesEncodesLaunchSettings() async throws {
        let stub = StubTransport(bodies: ["<RunInstancesResponse><instancesSet/></RunInstancesResponse>"])
        _ = try await EC2(client: TestClients.client(transport: stub)).runInstances(
            EC2.LaunchSpecification(
                imageID: "ami-1", instanceType: "t3.micro", subnetID: "subnet-1", securityGroupIDs: ["sg-1"],
                iamInstanceProfile: "lab-profile",
                blockDeviceMappings: [
                    EC2.BlockDeviceMapping(deviceName: "/dev/xvda", volumeSize: 8, isEncrypted: true)
                ],
                tags: ["Name": "tp4-linux-public-AZ1"]))
        let form = try #require(stub.requests.first).formItems.map { "\($0.name)=\($0.value)" }
        #expect(
            form == [
                "Action=RunInstances", "Version=2016-11-15", "ImageId=ami-1", "InstanceType=t3.micro", "MinCount=1",
                "MaxCount=1",
                "SubnetId=subnet-1", "SecurityGroupId.1=sg-1", "IamInstanceProfile.Name=lab-profile",
                "MetadataOptions.HttpTokens=required", "MetadataOptions.HttpEndpoint=enabled",
                "BlockDeviceMapping.1.DeviceName=/dev/xvda", "BlockDeviceMapping.1.Ebs.DeleteOnTermination=true",
                "BlockDeviceMapping.1.Ebs.VolumeSize=8", "BlockDeviceMapping.1.Ebs.Encrypted=true",
                "TagSpecification.1.ResourceType=instance", "TagSpecification.1.Tag.1.Key=Name",
                "TagSpecification.1.Tag.1.Value=tp4-linux-public-AZ1",
            ])
    }

    @Test func followsIAMMarkers() async throws {
        let first = """
            <ListRolesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListRolesResult>
              <IsTruncated>true</IsTruncated><Marker>m-2</Marker>
              <Roles><member><RoleName>a</RoleName><Arn>arn:aws:iam::123456789012:role/a</Arn>
                <AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%7D</AssumeRolePolicyDocument></member></Roles>
            </ListRolesResult></ListRolesResponse>
            """
        let second = """
            <ListRolesResponse><ListRolesResult><IsTruncated>false</IsTruncated>
              <Roles><member><RoleName>b</RoleName></member></Roles></ListRolesResult></ListRolesResponse>
            """
        let stub = StubTransport(bodies: [first, second])
        let roles = try await IAM(client: TestClients.client(transport: stub)).listRoles()
        #expect(roles.map(\.name) == ["a", "b"])
        #expect(roles[0].assumeRolePolicyDocument == #"{"Version":"2012-10-17"}"#)
        #expect(stub.requests[1].formItems.contains(QueryItem("Marker", "m-2")))
    }

    @Test func followsKMSTruncation() async throws {
        let stub = StubTransport(bodies: [
            #"{"Keys":[{"KeyId":"k1","KeyArn":"arn:1"}],"Truncated":true,"NextMarker":"n2"}"#,
            #"{"Keys":[{"KeyId":"k2","KeyArn":"arn:2"}],"Truncated":false}"#,
        ])
        let keys = try await KMS(client: TestClients.client(transport: stub)).listKeys()
        #expect(keys.map(\.id) == ["k1", "k2"])
        #expect(String(decoding: stub.requests[1].body, as: UTF8.self) == #"{"Marker":"n2"}"#)
    }

    @Test func followsS3ContinuationTokens() async throws {
        let first = """
            <ListBucketResult><IsTruncated>true</IsTruncated><NextContinuationToken>c/2+</NextContinuationToken>
              <Contents><Key>sourcecode/a.py</Key><Size>10</Size><ETag>"e1"</ETag></Contents></ListBucketResult>
            """
        let second =
            "<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>b</Key><Size>2</Size></Contents></ListBucketResult>"
        let stub = StubTransport(bodies: [first, second])
        let objects = try await S3(client: TestClients.client(transport: stub)).listObjects(
            bucket: "lab", prefix: "sourcecode/")
        #expect(objects.map(\.key) == ["sourcecode/a.py", "b"])
        #expect(objects[0].size == 10)
        #expect(stub.requests[0].url.absoluteString == "http://127.0.0.1:9/lab?list-type=2&prefix=sourcecode%2F")
        #expect(stub.requests[1].url.query?.contains("continuation-token=c%2F2%2B") == true)
    }

    @Test func s3KeysAreEncodedOnceInPath() async throws {
        let stub = StubTransport(bodies: [""])
        try await S3(client: TestClients.client(transport: stub)).putObject(
            bucket: "lab", key: "dir/a b+c.txt", body: Data("x".utf8))
        let request = try #require(stub.requests.first)
        #expect(request.url.absoluteString == "http://127.0.0.1:9/lab/dir/a%20b%2Bc.txt")
        #expect(request.headers.value(for: "x-amz-content-sha256") == Crypto.sha256(Data("x".utf8)).hexEncoded)
        #expect(request.headers.value(for: "Content-MD5") == "ndTkYSaMgDT1yFZOFVxnpg==")
    }

    @Test func decodesCloudFormationStackAndEvents() async throws {
        let stacks = """
            <DescribeStacksResponse><DescribeStacksResult><Stacks><member>
              <StackName>vpc</StackName><StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/vpc/1</StackId>
              <StackStatus>CREATE_COMPLETE</StackStatus><CreationTime>2026-01-02T03:04:05.123Z</CreationTime>
              <Parameters><member><ParameterKey>EnvironmentName</ParameterKey><ParameterValue>lab</ParameterValue></member></Parameters>
              <Outputs><member><OutputKey>VPC</OutputKey><OutputValue>vpc-1</OutputValue><ExportName>lab-VPCID</ExportName></member></Outputs>
            </member></Stacks></DescribeStacksResult></DescribeStacksResponse>
            """
        let events = """
            <DescribeStackEventsResponse><DescribeStackEventsResult><StackEvents><member>
              <EventId>e1</EventId><Timestamp>2026-01-02T03:04:06Z</Timestamp><LogicalResourceId>VPC</LogicalResourceId>
              <ResourceType>AWS::EC2::VPC</ResourceType><ResourceStatus>CREATE_IN_PROGRESS</ResourceStatus>
              <ResourceStatusReason>Resource creation Initiated</ResourceStatusReason><DetailedStatus>CONFIGURATION_COMPLETE</DetailedStatus>
            </member></StackEvents></DescribeStackEventsResult></DescribeStackEventsResponse>
            """
        let cloudFormation = CloudFormation(
            client: TestClients.client(transport: StubTransport(bodies: [stacks, events])))
        let stack = try #require(try await cloudFormation.describeStacks(name: "vpc").first)
        #expect(stack.status == "CREATE_COMPLETE")
        #expect(stack.parameters == ["EnvironmentName": "lab"])
        #expect(stack.outputs.first?.exportName == "lab-VPCID")
        #expect(stack.creationTime == Date(timeIntervalSince1970: 1_767_323_045.123))
        let event = try #require(try await cloudFormation.describeStackEvents(name: "vpc").first)
        #expect(event.detailedStatus == "CONFIGURATION_COMPLETE")
        #expect(event.resourceStatusReason == "Resource creation Initiated")
        #expect(event.timestamp == Date(timeIntervalSince1970: 1_767_323_046))
    }
}
