import RempartModel

/// Compares the resources that templates declare with those a live account has.
///
/// A template resource matches a live resource of the same type, tried in this order:
/// 1. the live resource's `aws:cloudformation:logical-id` tag names it;
/// 2. a CloudFormation stack lists it, and the stack resource's physical ID is the live ID;
/// 3. its physical name (`BucketName`, `GroupName`, `AlarmName`, `TrailName`,
///    `LaunchTemplateName`, `RoleName`) is the live resource's name;
/// 4. the live resource's `rempart:resource` tag names it (compared without case, dashes or
///    underscores, so `public-subnet-1` matches `PublicSubnet1`);
/// 5. its `Name` tag equals the live resource's `Name` tag.
///
/// The strongest match wins. When an account contains several Rempart deployments, matches of
/// equal strength are taken from the deployment that most name matches point to.
///
/// Then matched pairs are compared property by property (`PropertySnapshot`), template
/// resources without a match are missing, and live resources of the compared types that no
/// template resource matched are unmanaged. Resources AWS creates itself (the default VPC,
/// its subnets and internet gateway, every `default` security group and every VPC's main
/// route table) are never reported as unmanaged. A reference from one template resource to
/// another (a NAT gateway's `SubnetId`) is compared as the live ID of the resource it matched.
///
/// Routes have no ID, so they are compared inside each matched pair of route tables, by
/// destination: a template route the live table lacks is missing, a live route no template
/// route declares is unmanaged (named `TABLE-ID|DESTINATION`), and a route whose target or
/// state differs is modified.
public struct DriftDetector: Sendable {
    /// A resource of a CloudFormation stack, from `DescribeStackResources`.
    public struct StackResource: Hashable, Sendable {
        public var stackName: String
        public var logicalID: String
        public var physicalID: String
        public var type: String

        /// Creates a stack resource.
        public init(stackName: String, logicalID: String, physicalID: String, type: String) {
            self.stackName = stackName
            self.logicalID = logicalID
            self.physicalID = physicalID
            self.type = type
        }
    }

    /// The tag CloudFormation puts on the resources of a stack.
    static let logicalIDTag = "aws:cloudformation:logical-id"
    /// The tag Rempart's API deploy puts on each resource it creates.
    static let resourceTag = "rempart:resource"
    /// The tag naming the Rempart deployment a resource belongs to.
    static let deploymentTag = "rempart:deployment"

    /// The declared resources.
    public var template: TemplateInventory
    /// The account's resources.
    public var live: LiveInventory
    /// The resources of the account's CloudFormation stacks.
    public var stackResources: [StackResource]

    /// Creates a detector.
    public init(template: TemplateInventory, live: LiveInventory, stackResources: [StackResource] = []) {
        self.template = template
        self.live = live
        self.stackResources = stackResources
    }

    /// Returns the differences: for each template resource in address order, whether it is
    /// missing or how it was modified, then the unmanaged live resources.
    public func drift() -> [ResourceDrift] {
        let declared = template.state.resources.filter { PropertySnapshot.of($0) != nil }
            .sorted { $0.address < $1.address }
        let comparedTypes = Set(declared.map(\.address.type))
        var unmatched = live.state.resources.filter { comparedTypes.contains($0.address.type) }

        // 1. Match every template resource first, so references between them resolve in any order.
        var matches: [(any AWSResource)?] = []
        var liveIDs: [String: String] = [:]
        let deployment = preferredDeployment(declared)
        for resource in declared {
            guard let index = bestMatch(for: resource, in: unmatched, preferring: deployment) else {
                matches.append(nil)
                continue
            }
            let liveResource = unmatched.remove(at: index)
            matches.append(liveResource)
            liveIDs[TemplateInventory.key(file: resource.address.file ?? "", logicalID: resource.address.name)] =
                liveResource.address.name
        }
        let resolve = { (identifier: Identifier) in Self.liveID(of: identifier, in: liveIDs) }

        // 2. Compare each pair, in address order.
        var drift: [ResourceDrift] = []
        for (resource, liveResource) in zip(declared, matches) {
            let address = resource.address
            guard let liveResource else {
                drift.append(
                    ResourceDrift(kind: .missing, type: address.type, logicalID: address.name, file: address.file))
                continue
            }
            drift += differences(resource, liveResource, resolve: resolve)
            if let table = resource as? RouteTable, let liveTable = liveResource as? RouteTable {
                drift += RouteDrift(declared: table, live: liveTable, resolve: resolve).entries()
            }
        }
        for resource in unmatched where !isCreatedByAWS(resource) {
            drift.append(
                ResourceDrift(kind: .unmanaged, type: resource.address.type, resourceID: resource.address.name))
        }
        return drift
    }

    /// The attributes of `Fn::GetAtt` that return the resource's own ID, as `Ref` does.
    private static let idAttributes: Set<String> = [
        "AllocationId", "GroupId", "InternetGatewayId", "RouteTableId", "SubnetId", "VpcId",
    ]

    /// Returns the live ID `identifier` stands for: a literal as it is, a reference to a
    /// matched template resource as that resource's live ID, anything else nil.
    static func liveID(of identifier: Identifier, in liveIDs: [String: String]) -> String? {
        switch identifier {
        case .literal(let text):
            return text.isEmpty ? nil : text
        case .resource(let link):
            guard link.attribute.map(idAttributes.contains) ?? true else { return nil }
            return liveIDs[TemplateInventory.key(file: link.file, logicalID: link.logicalID)]
        }
    }

    // MARK: - Matching

    /// Returns how strongly `candidate` matches `declared`, lower is stronger, or nil when it does
    /// not match: 0 the CloudFormation logical-ID tag, 1 a stack resource, 2 the physical name, 3
    /// Rempart's resource tag, 4 the `Name` tag.
    ///
    /// The physical name comes before Rempart's tag, because several deployments of one
    /// architecture tag their resources with the same logical IDs but give them their own names.
    private func rank(_ declared: any AWSResource, _ candidate: any AWSResource) -> Int? {
        let address = declared.address
        guard address.type == candidate.address.type else { return nil }
        let liveTags = live.tags[candidate.address.name] ?? [:]
        if liveTags[Self.logicalIDTag] == address.name { return 0 }
        if stackResources.contains(where: {
            $0.logicalID == address.name && $0.type == address.type && $0.physicalID == candidate.address.name
        }) {
            return 1
        }
        if let name = Self.physicalName(of: declared), name == Self.physicalName(of: candidate) { return 2 }
        if let tagged = liveTags[Self.resourceTag], Self.normalized(tagged) == Self.normalized(address.name) {
            return 3
        }
        let declaredTags =
            template.tags[TemplateInventory.key(file: address.file ?? "", logicalID: address.name)] ?? [:]
        if let name = declaredTags["Name"], name == liveTags["Name"] { return 4 }
        return nil
    }

    /// Returns the position in `candidates` of the strongest match of `declared`. Among matches
    /// of equal strength, one that belongs to the `deployment` Rempart created (its
    /// `rempart:deployment` tag) wins, then the first.
    private func bestMatch(
        for declared: any AWSResource, in candidates: [any AWSResource], preferring deployment: String?
    )
        -> Int?
    {
        var best: (index: Int, key: (Int, Int))?
        for (index, candidate) in candidates.enumerated() {
            guard let rank = rank(declared, candidate) else { continue }
            let owner = live.tags[candidate.address.name]?[Self.deploymentTag]
            let key = (rank, deployment != nil && owner == deployment ? 0 : 1)
            if best.map({ key < $0.key }) ?? true { best = (index, key) }
        }
        return best?.index
    }

    /// Returns the Rempart deployment that most template resources matched by name or
    /// CloudFormation identity belong to, so that resources matched only by Rempart's resource tag
    /// are taken from the same deployment when an account contains several.
    private func preferredDeployment(_ declared: [any AWSResource]) -> String? {
        var counts: [String: Int] = [:]
        for resource in declared {
            for candidate in live.state.resources {
                guard let rank = rank(resource, candidate), rank <= 2,
                    let owner = live.tags[candidate.address.name]?[Self.deploymentTag]
                else { continue }
                counts[owner, default: 0] += 1
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The name a template sets and the account reports: bucket, group, alarm, trail, launch template or role name.
    private static func physicalName(of resource: any AWSResource) -> String? {
        let isLive = resource.address.location == nil
        switch resource {
        case let bucket as S3Bucket: return bucket.name?.value
        case let group as SecurityGroup: return group.groupName?.value
        case let alarm as CloudWatchAlarm: return alarm.name.value.flatMap { $0 }
        case let trail as CloudTrailTrail: return trail.name.value.flatMap { $0 }
        case let template as EC2LaunchTemplate: return template.name?.value
        case let role as IAMRole: return role.name.value.flatMap { $0 }
        default: return isLive ? resource.address.name : nil
        }
    }

    private static func normalized(_ name: String) -> String {
        name.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    private func isCreatedByAWS(_ resource: any AWSResource) -> Bool {
        switch resource {
        case let group as SecurityGroup: return group.groupName?.value == "default"
        case let vpc as VPC: return live.defaultVPCIDs.contains(vpc.address.name)
        case let subnet as Subnet: return subnet.vpc?.value?.literal.map(live.defaultVPCIDs.contains) ?? false
        case let table as RouteTable: return table.isMain
        case let gateway as InternetGateway:
            return gateway.attachedVPCs.contains { $0.value?.literal.map(live.defaultVPCIDs.contains) ?? false }
        default: return false
        }
    }

    // MARK: - Comparing

    private func differences(
        _ declared: any AWSResource, _ actual: any AWSResource, resolve: (Identifier) -> String?
    ) -> [ResourceDrift] {
        guard let expected = PropertySnapshot.of(declared, resolving: resolve), let found = PropertySnapshot.of(actual)
        else { return [] }
        let address = declared.address
        func entry(_ property: String, _ expectedValue: String, _ actualValue: String) -> ResourceDrift {
            ResourceDrift(
                kind: .modified, type: address.type, logicalID: address.name, file: address.file,
                resourceID: actual.address.name, property: property, expected: expectedValue, actual: actualValue)
        }

        var drift: [ResourceDrift] = []
        for (property, value) in expected.values.sorted(by: { $0.key < $1.key }) {
            if let liveValue = found.values[property], liveValue != value {
                drift.append(entry(property, value, liveValue))
            }
        }
        for (property, rules) in expected.sets.sorted(by: { $0.key < $1.key }) {
            guard let liveRules = found.sets[property] else { continue }
            for rule in rules.subtracting(liveRules).sorted() { drift.append(entry(property, rule, "(absent)")) }
            for rule in liveRules.subtracting(rules).sorted() { drift.append(entry(property, "(absent)", rule)) }
        }
        return drift
    }
}
