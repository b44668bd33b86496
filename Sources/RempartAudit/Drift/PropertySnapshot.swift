import RempartModel

/// The properties of a resource that both a template and a live account fill, as text, so
/// the two sides compare without knowing the resource's type.
///
/// Only known values are kept: a template value that is unknown before deployment, or a
/// live read that failed, is left out and never reported as drift. Rule lists (security
/// group ingress and egress) are kept as sets of rule texts such as `tcp 22-22 0.0.0.0/0`.
/// A reference to another resource is kept as the live ID it resolves to (a template's
/// `!Ref NatGateway1` as the ID of the live NAT gateway it matched), and left out when it
/// resolves to none.
struct PropertySnapshot: Equatable {
    /// Single-valued properties by CloudFormation property name.
    var values: [String: String] = [:]
    /// Set-valued properties (rule lists) by CloudFormation property name.
    var sets: [String: Set<String>] = [:]

    /// Returns the snapshot of `resource`, or nil for a type drift detection does not compare.
    ///
    /// - Parameters:
    ///   - resource: A template or live resource.
    ///   - resolve: Returns the live ID an identifier stands for, or nil when it is not known.
    /// - Returns: The properties both a template and an account fill, as text.
    static func of(
        _ resource: any AWSResource, resolving resolve: (Identifier) -> String? = { $0.literal }
    ) -> PropertySnapshot? {
        var snapshot = PropertySnapshot()
        func identifier(_ value: Resolved<Identifier>?) -> String? { value?.value.flatMap(resolve) }
        switch resource {
        case let vpc as VPC:
            snapshot.set("CidrBlock", vpc.cidrBlock)
        case let subnet as Subnet:
            snapshot.set("CidrBlock", subnet.cidrBlock)
            snapshot.set("MapPublicIpOnLaunch", subnet.mapsPublicIPOnLaunch)
            snapshot.set("AvailabilityZone", subnet.availabilityZone)
        case let group as SecurityGroup:
            snapshot.set("GroupDescription", group.description)
            snapshot.sets["SecurityGroupIngress"] = ruleTexts(group.ingressRules)
            // A template without egress rules gets AWS's allow-all rule, so only declared egress is compared.
            if !group.egressRules.isEmpty || group.address.location == nil {
                snapshot.sets["SecurityGroupEgress"] = ruleTexts(group.egressRules)
            }
        case let instance as EC2Instance:
            snapshot.set("MetadataOptions.HttpTokens", instance.metadataOptions.httpTokens)
            snapshot.set("BlockDeviceMappings.Ebs.Encrypted", instance.rootBlockDevice.encrypted)
        case let bucket as S3Bucket:
            snapshot.values["VersioningConfiguration.Status"] = bucket.versioningStatus.map { text($0) } ?? "(not set)"
            // S3 encrypts with SSE-S3 (AES256) every bucket without a configuration since January 2023.
            let algorithms = bucket.encryptionRules.value?.compactMap { $0.algorithm.flatMap(text) }
            snapshot.values["BucketEncryption.SSEAlgorithm"] = algorithms.map { $0.isEmpty ? "AES256" : $0.joined(separator: ",") }
            snapshot.values["LoggingConfiguration"] = bucket.logging == nil ? "disabled" : "enabled"
            snapshot.values["PublicAccessBlockConfiguration"] = bucket.publicAccessBlock == nil ? "(not set)" : "set"
            if let block = bucket.publicAccessBlock {
                snapshot.set("PublicAccessBlockConfiguration.BlockPublicAcls", block.blockPublicACLs)
                snapshot.set("PublicAccessBlockConfiguration.BlockPublicPolicy", block.blockPublicPolicy)
                snapshot.set("PublicAccessBlockConfiguration.IgnorePublicAcls", block.ignorePublicACLs)
                snapshot.set("PublicAccessBlockConfiguration.RestrictPublicBuckets", block.restrictPublicBuckets)
            }
        case let flowLog as FlowLog:
            flowLog.trafficType.map { snapshot.set("TrafficType", $0) }
        case let trail as CloudTrailTrail:
            snapshot.set("IsMultiRegionTrail", trail.isMultiRegion)
            snapshot.set("EnableLogFileValidation", trail.isLogFileValidationEnabled)
            if case .known(let logging?) = trail.isLogging.state { snapshot.values["IsLogging"] = "\(logging)" }
        case let alarm as CloudWatchAlarm:
            if case .known(let metric?) = alarm.metricName.state { snapshot.values["MetricName"] = metric }
            if case .known(let threshold?) = alarm.threshold.state { snapshot.values["Threshold"] = "\(threshold)" }
        case let key as KMSKey:
            snapshot.set("EnableKeyRotation", key.isRotationEnabled)
        case let template as EC2LaunchTemplate:
            snapshot.set("LaunchTemplateData.MetadataOptions.HttpTokens", template.metadataOptions.httpTokens)
        case let gateway as InternetGateway:
            snapshot.setIdentifiers("VPCGatewayAttachment.VpcId", gateway.attachedVPCs.map(identifier))
        case let gateway as NATGateway:
            snapshot.values["SubnetId"] = identifier(gateway.subnet)
            snapshot.values["AllocationId"] = identifier(gateway.allocation)
            snapshot.set("ConnectivityType", gateway.connectivityType)
        case let elasticIP as ElasticIP:
            snapshot.set("Domain", elasticIP.domain)
            snapshot.values["InstanceId"] = elasticIP.instance == nil ? "(not set)" : identifier(elasticIP.instance)
        case let table as RouteTable:
            snapshot.values["VpcId"] = identifier(table.vpc)
            snapshot.setIdentifiers("SubnetRouteTableAssociation.SubnetId", table.subnets.map(identifier))
        default:
            return nil
        }
        return snapshot
    }

    // MARK: - Helpers

    private mutating func set<Value>(_ name: String, _ value: Resolved<Value>?) {
        guard let value, let rendered = Self.text(value) else { return }
        values[name] = rendered
    }

    /// Sets a list of references as a set, unless one of them resolves to no live ID.
    private mutating func setIdentifiers(_ name: String, _ ids: [String?]) {
        let known = ids.compactMap { $0 }
        guard known.count == ids.count else { return }
        sets[name] = Set(known)
    }

    private static func text<Value>(_ value: Resolved<Value>) -> String? {
        guard case .known(let known) = value.state else { return nil }
        return "\(known)"
    }

    /// The rules as `PROTOCOL FROM-TO SOURCE`, leaving out rules with an unknown part.
    private static func ruleTexts(_ rules: [SecurityGroupRule]) -> Set<String> {
        var texts: Set<String> = []
        for rule in rules where rule.unknownReason == nil {
            guard case .known(let ipProtocol) = rule.ipProtocol.state else { continue }
            var ports = "all"
            if ipProtocol.hasPorts {
                guard case .known(let from)? = rule.fromPort?.state, case .known(let to)? = rule.toPort?.state else {
                    continue
                }
                ports = "\(from)-\(to)"
            }
            let source: String
            if let range = rule.ipv4Range ?? rule.ipv6Range {
                guard case .known(let cidr) = range.state else { continue }
                source = cidr
            } else if case .known(.literal(let group))? = rule.peerGroup?.state {
                source = group
            } else {
                // A peer named through a link to another template resource has no comparable ID.
                continue
            }
            texts.insert("\(ipProtocol) \(ports) \(source)")
        }
        return texts
    }
}
