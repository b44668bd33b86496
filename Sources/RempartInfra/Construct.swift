import RempartTemplate

/// One CloudFormation resource defined in Swift.
///
/// A construct renders its resource as a template node and lists the logical IDs it refers
/// to, so a stack can order its resources and an API deployment can create independent
/// resources concurrently.
public protocol Construct: Sendable {
    /// The logical ID in the template, unique within a stack.
    var logicalID: String { get }
    /// The CloudFormation resource type, such as `AWS::EC2::VPC`.
    var resourceType: String { get }
    /// `DependsOn`, `DeletionPolicy` and `UpdateReplacePolicy`.
    var attributes: ResourceAttributes { get }
    /// The `Properties` mapping.
    var properties: Node { get }
}

extension Construct {
    /// `Ref` to this resource (its physical ID: a VPC ID, a bucket name, …).
    public var ref: Token { .ref(logicalID) }

    /// `Fn::GetAtt` of one of this resource's attributes.
    public func attribute(_ name: String) -> Token { .getAtt(logicalID, name) }

    /// The resource as it appears under `Resources`: `Type`, its attributes and `Properties`.
    public var resource: Node {
        let dependsOn: Node? =
            switch attributes.dependsOn.count {
            case 0: nil
            case 1: .string(attributes.dependsOn[0])
            default: .list(attributes.dependsOn.map(Node.string))
            }
        return .map([
            ("Type", .string(resourceType)),
            ("DependsOn", dependsOn),
            ("DeletionPolicy", attributes.deletionPolicy.map { .string($0.rawValue) }),
            ("UpdateReplacePolicy", attributes.updateReplacePolicy.map { .string($0.rawValue) }),
            ("Properties", properties.entries.isEmpty ? nil : properties),
        ])
    }

    /// The names this resource refers to: `Ref`, `Fn::GetAtt` and `${…}` in `Fn::Sub`, plus
    /// `DependsOn`. Pseudo parameters (`AWS::…`) are left out; parameters are kept, and a
    /// stack keeps only the names of its resources when it builds the dependency graph.
    public var references: Set<String> {
        var names = Set(attributes.dependsOn)
        ReferenceCollector.collect(in: properties, into: &names)
        return names.filter { !$0.hasPrefix("AWS::") }
    }
}
