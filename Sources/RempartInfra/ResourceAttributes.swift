/// The resource attributes that sit beside `Properties`.
public struct ResourceAttributes: Sendable {
    /// What CloudFormation does with a resource when it is deleted or replaced.
    public enum Policy: String, Sendable {
        case delete = "Delete"
        case retain = "Retain"
        case snapshot = "Snapshot"
    }

    /// Logical IDs created before this resource although no property refers to them.
    public var dependsOn: [String]
    /// `DeletionPolicy`, or nil for CloudFormation's default (`Delete`).
    public var deletionPolicy: Policy?
    /// `UpdateReplacePolicy`, or nil for CloudFormation's default (`Delete`).
    public var updateReplacePolicy: Policy?

    /// Creates attributes; the defaults add nothing to the template.
    public init(dependsOn: [String] = [], deletionPolicy: Policy? = nil, updateReplacePolicy: Policy? = nil) {
        self.dependsOn = dependsOn
        self.deletionPolicy = deletionPolicy
        self.updateReplacePolicy = updateReplacePolicy
    }

    /// Keeps the resource when its stack is deleted or the resource replaced (buckets and keys).
    public static let retained = ResourceAttributes(deletionPolicy: .retain, updateReplacePolicy: .retain)
}
