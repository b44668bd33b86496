import RempartModel
import RempartRules
import Testing

/// The live-only rules, on states shaped as an audit reads them: their YAML examples document
/// them but the example harness skips them, because templates cannot carry live values.
struct LiveOnlyRuleTests {
    private static let region = "us-east-1"

    private func address(_ type: String, _ id: String) -> ResourceAddress {
        .live(type: type, id: id, region: Self.region)
    }

    private func verdicts(_ ruleID: String, _ state: AWSState) throws -> [String] {
        let rule = try #require(AllRules.rule(named: ruleID))
        #expect(rule.metadata.scope == .liveOnly)
        #expect(rule.metadata.runsByDefault)
        return rule.evaluate(state).map { result in
            let status =
                switch result.status {
                case .passed: "passed"
                case .failed: "failed"
                case .unknown: "unknown"
                }
            return "\(status) \(result.resource.name)"
        }
    }

    private func instance(_ id: String) -> EC2Instance {
        let address = address("AWS::EC2::Instance", id)
        return EC2Instance(
            address: address, metadataOptions: .defaults(at: address.origin),
            rootBlockDevice: BlockDevice(
                deviceName: "/dev/xvda", origin: address.origin, isEBS: true,
                encrypted: .explicit(true, at: address.origin), kmsKeyID: nil))
    }

    private func alarm(_ name: String, metric: String, instance: String) -> CloudWatchAlarm {
        var alarm = CloudWatchAlarm(address: address("AWS::CloudWatch::Alarm", name))
        let origin = alarm.address.origin
        alarm.metricName = .explicit(metric, at: origin)
        alarm.dimensions = [
            CloudWatchAlarm.Dimension(name: .explicit("InstanceId", at: origin), value: .explicit(.literal(instance), at: origin))
        ]
        return alarm
    }

    @Test func instanceAlarmMustWatchNetworkOfThatInstance() throws {
        var state = AWSState()
        state.add(instance("i-watched"))
        state.add(instance("i-cpu-only"))
        state.add(instance("i-bare"))
        state.add(alarm("alarm-packetsIn-i-watched", metric: "NetworkPacketsIn", instance: "i-watched"))
        state.add(alarm("alarm-cpu-i-cpu-only", metric: "CPUUtilization", instance: "i-cpu-only"))
        #expect(try verdicts("RMP-AWS-0400", state) == ["passed i-watched", "failed i-cpu-only", "failed i-bare"])
    }

    @Test func trailMustBeLogging() throws {
        var state = AWSState()
        for name in ["running", "stopped", "unread"] {
            var trail = CloudTrailTrail(address: address("AWS::CloudTrail::Trail", name))
            let origin = trail.address.origin
            switch name {
            case "running": trail.isLogging = .explicit(true, at: origin)
            case "stopped": trail.isLogging = .explicit(false, at: origin)
            default: trail.isLogging = .unresolved("GetTrailStatus failed", at: origin)
            }
            state.add(trail)
        }
        #expect(try verdicts("RMP-AWS-0401", state) == ["passed running", "failed stopped", "unknown unread"])
    }

    @Test func flowLogMustBeActive() throws {
        var state = AWSState()
        for (id, status) in [("fl-active", "ACTIVE"), ("fl-broken", "FAILED")] {
            let address = address("AWS::EC2::FlowLog", id)
            state.add(
                FlowLog(
                    address: address, resourceType: .explicit("VPC", at: address.origin),
                    resource: .explicit(.literal("vpc-0a1b"), at: address.origin), trafficType: nil,
                    destinationType: .explicit("s3", at: address.origin), destination: nil,
                    status: .explicit(status, at: address.origin)))
        }
        // A flow log from a template has no status, so its verdict is undecided.
        let declared = address("AWS::EC2::FlowLog", "fl-template")
        state.add(
            FlowLog(
                address: declared, resourceType: nil, resource: nil, trafficType: nil,
                destinationType: .defaulted("cloud-watch-logs", at: declared.origin), destination: nil))
        #expect(try verdicts("RMP-AWS-0402", state) == ["passed fl-active", "failed fl-broken", "unknown fl-template"])
    }

    private func bucket(_ name: String, statements: [S3PolicyStatement]) -> S3Bucket {
        let address = address("AWS::S3::Bucket", name)
        let origin = address.origin
        let policies =
            statements.isEmpty
            ? []
            : [
                S3BucketPolicy(
                    address: self.address("AWS::S3::BucketPolicy", name), bucket: .explicit(.literal(name), at: origin),
                    statements: .explicit(statements, at: origin))
            ]
        return S3Bucket(
            address: address, name: .explicit(name, at: origin), encryptionRules: .explicit([], at: origin),
            versioningStatus: nil, mfaDelete: .explicit(false, at: origin), logging: nil, publicAccessBlock: nil,
            acl: .explicit("private", at: origin), policies: policies, replicationDestinations: [],
            objectLockEnabled: .defaulted(false, at: origin), hostsWebsite: false)
    }

    private func tlsDeny(_ name: String, resources: [String], value: String = "false") -> S3PolicyStatement {
        let origin = Origin.live(resourceID: name, region: Self.region)
        return S3PolicyStatement(
            origin: origin, effect: .explicit("Deny", at: origin), servicePrincipals: [], awsPrincipals: ["*"],
            actions: ["s3:*"], hasCondition: true, resources: resources,
            conditions: [
                PolicyCondition(
                    operator: "Bool", key: "aws:SecureTransport", values: PolicyValueList(values: [value], origin: origin))
            ])
    }

    @Test func bucketPolicyMustDenyPlainHTTPOnBucketAndObjects() throws {
        var state = AWSState()
        state.add(bucket("tls-only", statements: [tlsDeny("tls-only", resources: ["arn:aws:s3:::tls-only", "arn:aws:s3:::tls-only/*"])]))
        state.add(bucket("wildcard", statements: [tlsDeny("wildcard", resources: ["arn:aws:s3:::wildcard*"])]))
        state.add(bucket("objects-only", statements: [tlsDeny("objects-only", resources: ["arn:aws:s3:::objects-only/*"])]))
        state.add(
            bucket(
                "wrong-value",
                statements: [tlsDeny("wrong-value", resources: ["arn:aws:s3:::wrong-value", "arn:aws:s3:::wrong-value/*"], value: "true")]))
        state.add(bucket("no-policy", statements: []))
        #expect(
            try verdicts("RMP-AWS-0403", state) == [
                "passed tls-only", "passed wildcard", "failed objects-only", "failed wrong-value", "failed no-policy",
            ])
    }
}
