import Foundation
import RempartAWS
import Testing

extension EmulatorIntegrationTests {
    @Suite struct KMSIntegrationTests {
        let kms = KMS(client: Emulator.client())

        @Test func managesKeysAliasesPoliciesAndRotation() async throws {
            try await Emulator.reset()
            let key = try await kms.createKey(description: "lab bucket key", tags: ["Project": "tp4"])
            #expect(key.keyState == "Enabled")
            #expect(key.isEnabled)
            #expect(key.keyManager == "CUSTOMER")
            #expect(key.arn == "arn:aws:kms:us-east-1:123456789012:key/\(key.keyID)")
            #expect(try await kms.describeKey(key.keyID).description == "lab bucket key")
            #expect(try await kms.listKeys().map(\.id).contains(key.keyID))

            let alias = "alias/\(Emulator.unique("lab"))"
            try await kms.createAlias(alias, targetKeyID: key.keyID)
            #expect(try await kms.listAliases(keyID: key.keyID).map(\.name) == [alias])
            #expect(try await kms.describeKey(alias).keyID == key.keyID)

            let policy = """
                {"Version":"2012-10-17","Statement":[{"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}]}
                """
            try await kms.putKeyPolicy(key.keyID, policy: policy)
            #expect(try await kms.keyPolicy(key.keyID) == policy)

            #expect(try await kms.isKeyRotationEnabled(key.keyID) == false)
            try await kms.enableKeyRotation(key.keyID)
            #expect(try await kms.isKeyRotationEnabled(key.keyID))
            try await kms.disableKeyRotation(key.keyID)
            #expect(try await kms.isKeyRotationEnabled(key.keyID) == false)

            try await kms.deleteAlias(alias)
            #expect(try await kms.listAliases(keyID: key.keyID).isEmpty)
            let deletion = try await kms.scheduleKeyDeletion(key.keyID, pendingWindowInDays: 7)
            #expect(deletion != nil)
            #expect(try await kms.describeKey(key.keyID).keyState == "PendingDeletion")
        }

        @Test func unknownKeyIsTypedError() async throws {
            do {
                _ = try await kms.describeKey("00000000-0000-0000-0000-000000000000")
                Issue.record("expected NotFoundException")
            } catch let error as AWSError {
                #expect(error.code == "NotFoundException")
                #expect(error.statusCode == 400)
            }
        }
    }

    @Suite struct CloudTrailIntegrationTests {
        let cloudTrail = CloudTrail(client: Emulator.client())

        @Test func managesTrailAndEventSelectors() async throws {
            try await Emulator.reset()
            let bucket = Emulator.unique("lab-trail")
            try await S3(client: Emulator.client()).createBucket(bucket)
            let name = Emulator.unique("lab-trail")

            let trail = try await cloudTrail.createTrail(name: name, s3BucketName: bucket, s3KeyPrefix: "trail")
            #expect(trail.name == name)
            #expect(trail.s3BucketName == bucket)
            let described = try #require(try await cloudTrail.describeTrails(names: [name]).first)
            #expect(described.isMultiRegionTrail == true)
            #expect(described.isLogFileValidationEnabled == true)
            #expect(described.s3KeyPrefix == "trail")

            #expect(try await cloudTrail.isLogging(trail: name) == false)
            try await cloudTrail.startLogging(trail: name)
            #expect(try await cloudTrail.isLogging(trail: name))
            try await cloudTrail.stopLogging(trail: name)
            #expect(try await cloudTrail.isLogging(trail: name) == false)

            let selector = CloudTrail.EventSelector(
                readWriteType: "All", includesManagementEvents: true,
                dataResources: [.init(type: "AWS::S3::Object", values: ["arn:aws:s3:::\(bucket)/"])])
            try await cloudTrail.putEventSelectors(trail: name, [selector])
            #expect(try await cloudTrail.eventSelectors(trail: name) == [selector])

            try await cloudTrail.deleteTrail(name: name)
            #expect(try await cloudTrail.describeTrails(names: [name]).isEmpty)
        }

        @Test func unimplementedActionReportsNonAWSBody() async throws {
            let client = Emulator.client(maxAttempts: 1)
            do {
                _ = try await client.json(.cloudTrail, "LookupEvents", [:])
                Issue.record("expected an HTTP 500 page")
            } catch let error as AWSError {
                guard case .unexpectedResponse(let service, let operation, let status, _) = error else {
                    Issue.record("unexpected \(error)")
                    return
                }
                #expect(service == "cloudtrail")
                #expect(operation == "LookupEvents")
                #expect(status == 500)
            }
        }
    }

    @Suite struct CloudWatchIntegrationTests {
        let cloudWatch = CloudWatch(client: Emulator.client())

        @Test func managesLabAlarm() async throws {
            try await Emulator.reset()
            let name = "alarm-packetsIn-i-0123456789abcdef0"
            let alarm = CloudWatch.MetricAlarm(
                name: name, namespace: "AWS/EC2", metricName: "NetworkPacketsIn",
                dimensions: ["InstanceId": "i-0123456789abcdef0"], statistic: "Average", period: 300,
                evaluationPeriods: 1,
                datapointsToAlarm: 1, threshold: 1000, comparisonOperator: "GreaterThanThreshold",
                description: "more than 1000 packets in over 5 minutes")
            try await cloudWatch.putMetricAlarm(alarm)

            let described = try #require(try await cloudWatch.describeAlarms(names: [name]).first)
            #expect(described.namespace == "AWS/EC2")
            #expect(described.metricName == "NetworkPacketsIn")
            #expect(described.dimensions == ["InstanceId": "i-0123456789abcdef0"])
            #expect(described.threshold == 1000)
            #expect(described.period == 300)
            #expect(described.evaluationPeriods == 1)
            #expect(described.datapointsToAlarm == 1)
            #expect(described.comparisonOperator == "GreaterThanThreshold")
            #expect(described.stateValue == "OK")
            #expect(try await cloudWatch.describeAlarms(namePrefix: "alarm-packetsIn-").map(\.name) == [name])

            try await cloudWatch.deleteAlarms(names: [name])
            #expect(try await cloudWatch.describeAlarms(names: [name]).isEmpty)
        }
    }
}
