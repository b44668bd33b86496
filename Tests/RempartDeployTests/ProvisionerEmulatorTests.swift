import Foundation
import RempartAWS
import RempartInfra
import Testing

@testable import RempartDeploy

/// Creates a small app through the provisioners on the local emulator, reads every property back, then
/// removes it.
extension EmulatorTests {
    @Suite struct ProvisionerEmulatorTests {
        /// A VPC with DNS hostnames, a group with one ingress and one egress rule, a key with its alias, a
        /// bucket with every setting and a log group with its retention.
        private var app: App {
            let vpc = VPC("Net", cidrBlock: "10.9.0.0/16", enableDNSHostnames: true, tags: [Tag("Name", "net")])
            let group = SecurityGroup(
                "Web", groupName: "prov-web", groupDescription: "web hosts", vpcID: vpc.ref,
                ingress: [SecurityGroupRule.tcp(443, from: "192.0.2.0/24", description: "HTTPS from the office")],
                egress: [
                    SecurityGroupRule(
                        ipProtocol: "-1", fromPort: -1, toPort: -1, cidrIP: .getAtt("Net", "CidrBlock"),
                        description: "VPC only")
                ])
            let key = KMSKey(
                "Key", description: "test key", keyPolicy: PolicyDocument([KMSKey.accountAdministration(sid: "Admin")]))
            let alias = KMSAlias("KeyAlias", aliasName: "alias/provisioner-test", targetKeyID: key.ref)
            let bucket = Bucket(
                "Store", bucketName: .sub("store-${AWS::AccountId}"), accessControl: "LogDeliveryWrite",
                objectOwnership: "BucketOwnerPreferred", encryption: BucketEncryption(kmsKeyARN: key.arn),
                isVersioned: true, blocksPublicAccess: true,
                logging: BucketLogging(destinationBucketName: .sub("store-${AWS::AccountId}"), logFilePrefix: "self/"),
                lifecycleRules: [BucketLifecycleRule(id: "expire", expirationInDays: .number(30))],
                tags: [Tag("Name", "store")])
            let logs = LogGroup("Logs", logGroupName: "/test/provisioners", retentionInDays: 14)
            return App(stacks: [
                Stack(fileName: "test.yaml", description: "provisioners", resources: [vpc, group, key, alias, bucket, logs])
            ])
        }

        @Test func createsReadsBackAndDeletes() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let (services, _) = Emulator.services()
                let store = StateStore(state: DeploymentState(name: "prov", profile: "test", region: "us-east-1"), fileURL: nil)
                let context = StepContext(
                    services: services, deployment: "prov", stepID: "", store: store, waitTimeout: 5, pollInterval: 0.05)
                let account = DeploymentStep(
                    id: "account", title: "Read the account ID", frenchTitle: "Lire l'ID du compte",
                    resourceType: ResourceRecord.lookupType
                ) { context in
                    ResourceRecord(type: ResourceRecord.lookupType, id: try await context.services.sts.callerIdentity().account)
                }
                let resolver = ConstructResolver(app: app, accountStep: "account")
                let graph = DeploymentGraph(
                    steps: try ConstructGraph(app: app, resolver: resolver, lookups: [account]).steps())
                try await graph.deploy(context: context, adopts: false) { _ in }

                let state = await store.current
                let groupID = try #require(state.resources["Web"]?.id)
                let web = try #require(try await services.ec2.describeSecurityGroups(ids: [groupID]).first)
                #expect(web.name == "prov-web")
                #expect(web.description == "web hosts")
                #expect(web.vpcID == state.resources["Net"]?.id)
                #expect(
                    web.ingress == [
                        EC2.IPPermission(
                            ipProtocol: "tcp", fromPort: 443, toPort: 443,
                            ipRanges: [EC2.IPPermission.IPRange("192.0.2.0/24", description: "HTTPS from the office")])
                    ])
                #expect(
                    web.egress == [
                        EC2.IPPermission(
                            ipProtocol: "-1", ipRanges: [EC2.IPPermission.IPRange("10.9.0.0/16", description: "VPC only")])
                    ])
                let vpcID = try #require(state.resources["Net"]?.id)
                let vpc = try #require(try await services.ec2.describeVPCs(ids: [vpcID]).first)
                #expect(vpc.cidrBlock == "10.9.0.0/16")
                #expect(vpc.tags == ["Name": "net", "rempart:deployment": "prov", "rempart:resource": "Net"])
                let dns = try await services.ec2.call(
                    "DescribeVpcAttribute", [("VpcId", .string(vpcID)), ("Attribute", "enableDnsHostnames")])
                #expect(dns.string("enableDnsHostnames/value") == "true")

                let bucket = "store-123456789012"
                #expect(state.resources["Store"]?.id == bucket)
                #expect(state.resources["Store"]?.attributes["Arn"] == "arn:aws:s3:::\(bucket)")
                let keyARN = try #require(state.resources["Key"]?.attributes["Arn"])
                #expect(try await services.s3.bucketEncryption(bucket)?.kmsKeyID == keyARN)
                #expect(try await services.s3.bucketEncryption(bucket)?.isBucketKeyEnabled == true)
                #expect(try await services.s3.bucketVersioning(bucket) == "Enabled")
                let grants = try await services.s3.bucketACL(bucket)
                // NOTE: moto 5.2.5 lists only READ_ACP for the log delivery group of `log-delivery-write`; AWS also
                // lists WRITE.
                #expect(
                    grants.filter { $0.grantee == "http://acs.amazonaws.com/groups/s3/LogDelivery" }.map(\.permission)
                        == ["READ_ACP"])
                #expect(try await services.s3.publicAccessBlock(bucket) == S3.PublicAccessBlock())
                #expect(try await services.s3.bucketLogging(bucket) == S3.LoggingTarget(bucket: bucket, prefix: "self/"))
                #expect(
                    try await services.bucketTags(bucket)
                        == ["Name": "store", "rempart:deployment": "prov", "rempart:resource": "Store"])
                let lifecycle = try await services.client.send(
                    service: .s3, operation: "GetBucketLifecycleConfiguration", method: "GET", path: "/\(bucket)",
                    query: [QueryItem("lifecycle")])
                let rules = try services.client.xml(lifecycle, service: .s3, operation: "GetBucketLifecycleConfiguration")
                #expect(rules.string("Rule/ID") == "expire")
                #expect(rules.string("Rule/Expiration/Days") == "30")
                #expect(rules.string("Rule/Status") == "Enabled")
                #expect(try await services.kms.isKeyRotationEnabled(try #require(state.resources["Key"]?.id)))
                #expect(
                    try await services.kms.listAliases().first { $0.name == "alias/provisioner-test" }?.targetKeyID
                        == state.resources["Key"]?.id)
                let group = try #require(
                    try await services.logs.describeLogGroups(prefix: "/test/provisioners").first)
                #expect(group.retentionInDays == 14)
                #expect(
                    state.resources["Logs"]?.attributes["Arn"]
                        == "arn:aws:logs:us-east-1:123456789012:log-group:/test/provisioners:*")

                try await graph.destroy(context: context) { _ in }
                let tagged = [EC2.Filter("tag:rempart:deployment", ["prov"])]
                #expect(try await services.ec2.describeVPCs(filters: tagged).isEmpty)
                #expect(try await services.s3.bucketExists(bucket) == false)
                #expect(try await services.logs.describeLogGroups(prefix: "/test/provisioners").isEmpty)
                #expect(try await services.ec2.describeSecurityGroups(filters: tagged).isEmpty)
                // The records of deleted resources go; lookups and settings stay until the state file is removed.
                let left = Set(await store.current.resources.keys)
                #expect(left.isDisjoint(with: ["Net", "Web", "Key", "KeyAlias", "Store", "Logs"]))
            }
        }
    }
}
