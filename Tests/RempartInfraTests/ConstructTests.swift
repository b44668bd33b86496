import RempartInfra
import RempartTemplate
import Testing

struct ConstructTests {
    @Test func vpcRendersResource() {
        let vpc = VPC("VPC", cidrBlock: .ref("VpcCIDR"), enableDNSSupport: true, tags: [.name("lab-vpc")])
        #expect(
            vpc.resource.json
                == #"{"Type":"AWS::EC2::VPC","Properties":{"CidrBlock":{"Ref":"VpcCIDR"},"EnableDnsSupport":true,"#
                + #""Tags":[{"Key":"Name","Value":"lab-vpc"}]}}"#)
        #expect(vpc.ref.node.json == #"{"Ref":"VPC"}"#)
        #expect(vpc.references == ["VpcCIDR"])
    }

    @Test func subnetRendersSelectOverAZs() {
        let subnet = Subnet(
            "PublicSubnet1", vpcID: .ref("VPC"), availabilityZone: .select(0, .availabilityZones()),
            cidrBlock: "10.0.0.0/24", mapPublicIPOnLaunch: false)
        #expect(
            subnet.properties.json
                == #"{"VpcId":{"Ref":"VPC"},"AvailabilityZone":{"Fn::Select":[0,{"Fn::GetAZs":""}]},"#
                + #""CidrBlock":"10.0.0.0/24","MapPublicIpOnLaunch":false}"#)
    }

    @Test func securityGroupRulesCarryDescriptions() {
        let group = SecurityGroup(
            "SG", groupDescription: "d", vpcID: .ref("VPC"),
            ingress: [.tcp(22, from: .ref("AdminCIDR"), description: "SSH"), .tcp(80, from: "0.0.0.0/0")])
        #expect(
            group.properties.json
                == #"{"GroupDescription":"d","VpcId":{"Ref":"VPC"},"SecurityGroupIngress":["#
                + #"{"Description":"SSH","IpProtocol":"tcp","FromPort":22,"ToPort":22,"CidrIp":{"Ref":"AdminCIDR"}},"#
                + #"{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"CidrIp":"0.0.0.0/0"}]}"#)
    }

    @Test func instanceRendersMetadataAndEncryptedRoot() {
        let instance = Instance(
            "Host", imageID: .ref("Ami"), instanceType: "t3.micro", iamInstanceProfile: .ref("Profile"),
            subnetID: .importValue(.sub("${Env}-PUB1-SN")), securityGroupIDs: [.ref("SG")],
            metadataOptions: .tokensRequired,
            blockDeviceMappings: [BlockDeviceMapping(deviceName: "/dev/xvda", volumeSize: 8, encrypted: true)])
        #expect(
            instance.properties.json
                == #"{"ImageId":{"Ref":"Ami"},"InstanceType":"t3.micro","IamInstanceProfile":{"Ref":"Profile"},"#
                + #""SubnetId":{"Fn::ImportValue":{"Fn::Sub":"${Env}-PUB1-SN"}},"SecurityGroupIds":[{"Ref":"SG"}],"#
                + #""MetadataOptions":{"HttpEndpoint":"enabled","HttpTokens":"required","HttpPutResponseHopLimit":1,"#
                + #""InstanceMetadataTags":"disabled"},"BlockDeviceMappings":[{"DeviceName":"/dev/xvda","Ebs":"#
                + #"{"VolumeSize":8,"VolumeType":"gp3","Encrypted":true,"DeleteOnTermination":true}}]}"#)
        #expect(instance.references == ["Ami", "Env", "Profile", "SG"])
    }

    @Test func bucketRendersEveryConfiguration() {
        let key = KMSKey("Key", keyPolicy: PolicyDocument([KMSKey.accountAdministration(sid: "Admin")]))
        let bucket = Bucket(
            "B", encryption: BucketEncryption(kmsKeyARN: key.arn), isVersioned: true, blocksPublicAccess: true,
            logging: BucketLogging(destinationBucketName: .ref("Logs"), logFilePrefix: "b/"),
            replication: BucketReplication(
                roleARN: .getAtt("Role", "Arn"), ruleID: "all", destinationBucketARN: .getAtt("Replica", "Arn"),
                replicaKMSKeyID: key.arn),
            lifecycleRules: [BucketLifecycleRule(id: "old", noncurrentVersionExpirationDays: .number(30))])
        #expect(
            bucket.resource.json
                == #"{"Type":"AWS::S3::Bucket","DeletionPolicy":"Retain","UpdateReplacePolicy":"Retain","Properties":{"#
                + #""BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":"#
                + #"{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":{"Fn::GetAtt":["Key","Arn"]}},"BucketKeyEnabled":true}]},"#
                + #""VersioningConfiguration":{"Status":"Enabled"},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"#
                + #""BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"#
                + #""LoggingConfiguration":{"DestinationBucketName":{"Ref":"Logs"},"LogFilePrefix":"b/"},"#
                + #""ReplicationConfiguration":{"Role":{"Fn::GetAtt":["Role","Arn"]},"Rules":[{"Id":"all","#
                + #""Status":"Enabled","Priority":1,"Filter":{"Prefix":""},"DeleteMarkerReplication":{"Status":"Enabled"},"#
                + #""SourceSelectionCriteria":{"SseKmsEncryptedObjects":{"Status":"Enabled"}},"#
                + #""Destination":{"Bucket":{"Fn::GetAtt":["Replica","Arn"]},"#
                + #""EncryptionConfiguration":{"ReplicaKmsKeyID":{"Fn::GetAtt":["Key","Arn"]}}}}]},"#
                + #""LifecycleConfiguration":{"Rules":[{"Id":"old","Status":"Enabled","#
                + #""NoncurrentVersionExpiration":{"NoncurrentDays":30}}]}}}"#)
        #expect(bucket.references == ["Key", "Logs", "Role", "Replica"])
    }

    @Test func bucketPolicyDeniesInsecureTransport() {
        let bucket = Bucket("Data")
        #expect(
            BucketPolicy.tlsOnly("DataPolicy", for: bucket).properties.json
                == #"{"Bucket":{"Ref":"Data"},"PolicyDocument":{"Version":"2012-10-17","Statement":[{"#
                + #""Sid":"DenyInsecureTransport","Effect":"Deny","Principal":{"AWS":"*"},"Action":"s3:*","#
                + #""Resource":[{"Fn::GetAtt":["Data","Arn"]},{"Fn::Sub":"${Data.Arn}/*"}],"#
                + #""Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}}"#)
    }

    @Test func alarmAndTrailRender() {
        let alarm = CloudWatchAlarm(
            "A", alarmName: .sub("alarm-packetsIn-${Host}"), metricName: "NetworkPacketsIn", instanceID: .ref("Host"),
            period: 300, evaluationPeriods: 1, datapointsToAlarm: 1, threshold: 1000,
            comparisonOperator: "GreaterThanThreshold")
        #expect(
            alarm.properties.json
                == #"{"AlarmName":{"Fn::Sub":"alarm-packetsIn-${Host}"},"Namespace":"AWS/EC2","#
                + #""MetricName":"NetworkPacketsIn","Dimensions":[{"Name":"InstanceId","Value":{"Ref":"Host"}}],"#
                + #""Statistic":"Sum","Period":300,"EvaluationPeriods":1,"DatapointsToAlarm":1,"Threshold":1000,"#
                + #""ComparisonOperator":"GreaterThanThreshold"}"#)
        let trail = Trail(
            "T", s3BucketName: .ref("Logs"), kmsKeyID: .getAtt("Key", "Arn"),
            s3DataEventPrefixes: [.sub("${Data.Arn}/")])
        #expect(
            trail.properties.json
                == #"{"IsLogging":true,"S3BucketName":{"Ref":"Logs"},"KMSKeyId":{"Fn::GetAtt":["Key","Arn"]},"#
                + #""IsMultiRegionTrail":true,"IncludeGlobalServiceEvents":true,"EnableLogFileValidation":true,"#
                + #""EventSelectors":[{"ReadWriteType":"All","IncludeManagementEvents":true,"DataResources":[{"#
                + #""Type":"AWS::S3::Object","Values":[{"Fn::Sub":"${Data.Arn}/"}]}]}]}"#)
        #expect(trail.references == ["Logs", "Key", "Data"])
    }

    @Test func subReferencesSkipEscapesAndLocals() {
        let token = Token(
            Node.init(
                .intrinsic(
                    Intrinsic(
                        name: "Fn::Sub",
                        argument: Node(
                            .sequence([
                                Node(.string("${!Literal}-${Local}-${Bucket.Arn}-${AWS::Region}"), at: .synthesized),
                                Node(
                                    .mapping([
                                        Node.Entry(
                                            key: "Local", keyLocation: .synthesized, value: Token.ref("Other").node)
                                    ]), at: .synthesized),
                            ]), at: .synthesized))), at: .synthesized))
        let policy = BucketPolicy("P", bucket: token, document: PolicyDocument([]))
        #expect(policy.references == ["Bucket", "Other"])
    }

    @Test func tokensAppendToSubAndLiterals() {
        #expect(Token.sub("${Env}-x").prefixed("alias/").node.json == #"{"Fn::Sub":"alias/${Env}-x"}"#)
        #expect(Token.literal("x").suffixed("-eip").node.json == #""x-eip""#)
        #expect(Token.ref("R").suffixed("/*").node.json == #"{"Fn::Join":["",[{"Ref":"R"},"/*"]]}"#)
    }

    @Test func stackOrdersResourcesInLayers() throws {
        let vpc = VPC("VPC", cidrBlock: "10.0.0.0/16")
        let igw = InternetGateway("IGW")
        let attachment = VPCGatewayAttachment("Attach", internetGatewayID: igw.ref, vpcID: vpc.ref)
        let route = Route(
            "Route", routeTableID: .ref("Table"), target: .internetGateway(igw.ref),
            attributes: ResourceAttributes(dependsOn: ["Attach"]))
        let table = RouteTable("Table", vpcID: vpc.ref)
        let stack = Stack(fileName: "n.yaml", description: "d", resources: [route, vpc, igw, attachment, table])
        #expect(stack.dependencies(of: "Route") == ["Attach", "IGW", "Table"])
        #expect(try stack.deploymentLayers() == [["VPC", "IGW"], ["Attach", "Table"], ["Route"]])
    }

    @Test func stackRejectsDependencyCycle() {
        let first = InternetGateway("A")
        var second = InternetGateway("B")
        second.attributes.dependsOn = ["C"]
        var third = InternetGateway("C")
        third.attributes.dependsOn = ["B"]
        let stack = Stack(fileName: "c.yaml", description: "d", resources: [first, second, third])
        #expect(throws: InfraError.dependencyCycle(stack: "c.yaml", logicalIDs: ["B", "C"])) {
            try stack.deploymentLayers()
        }
    }

    @Test func appLinksImportsToExports() throws {
        let output = Output("Subnet", value: .ref("S"), exportName: .sub("${Env}-SN"))
        let network = Stack(
            fileName: "vpc.yaml", description: "n", resources: [VPC("S", cidrBlock: "10.0.0.0/16")], outputs: [output])
        let importer = VPCGatewayAttachment("A", internetGatewayID: "igw-1", vpcID: try #require(output.imported))
        let compute = Stack(fileName: "ec2.json", description: "c", resources: [importer])
        #expect(try App(stacks: [network, compute]).stackDependencies() == ["vpc.yaml": [], "ec2.json": ["vpc.yaml"]])

        let orphan = VPCGatewayAttachment("A", internetGatewayID: "igw-1", vpcID: .importValue(.sub("${Env}-NONE")))
        let broken = App(stacks: [network, Stack(fileName: "x.json", description: "x", resources: [orphan])])
        #expect(throws: InfraError.missingExport(stack: "x.json", export: #"{"Fn::Sub":"${Env}-NONE"}"#)) {
            try broken.validate()
        }
    }

    @Test func appRejectsDuplicateLogicalIDs() {
        let stack = Stack(
            fileName: "d.yaml", description: "d", resources: [InternetGateway("A"), InternetGateway("A")])
        #expect(throws: InfraError.duplicateLogicalID(stack: "d.yaml", logicalID: "A")) {
            try App(stacks: [stack]).validate()
        }
    }
}
