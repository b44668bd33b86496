import RempartSupport

/// A template after evaluation: parameters, conditions and intrinsic functions resolved.
///
/// Property trees contain no `.intrinsic` node: each one was replaced by its value, by a
/// `.reference` to a resource, or by an `.unknown` value. `Ref AWS::NoValue` removed its key
/// or list element.
public struct ResolvedTemplate: Sendable {
    /// The template as read.
    public var template: Template
    /// The resources whose `Condition` is true or unknown, sorted by logical ID.
    public var resources: [ResolvedResource]
    /// The evaluated `Outputs` values by output name.
    public var outputs: [String: Node]
    /// The export names of `Outputs` with their evaluated values, for `Fn::ImportValue`.
    public var exports: [String: Node]
    /// Reading and evaluation problems: duplicate keys, missing parameter values, invalid
    /// calls, unknown references.
    public var diagnostics: [Diagnostic]
    /// The value of each parameter: the one given, else the default, else unknown.
    public var parameters: [String: Node]
    /// The parameters declared with `NoEcho: true`: reports must never print their values.
    public var noEchoParameters: Set<String>

    public init(
        template: Template, resources: [ResolvedResource], outputs: [String: Node] = [:],
        exports: [String: Node] = [:], diagnostics: [Diagnostic] = [], parameters: [String: Node] = [:],
        noEchoParameters: Set<String> = []
    ) {
        self.template = template
        self.resources = resources
        self.outputs = outputs
        self.exports = exports
        self.diagnostics = diagnostics
        self.parameters = parameters
        self.noEchoParameters = noEchoParameters
    }

    /// The file path of the template.
    public var file: String { template.file }

    /// Returns the resource with `logicalID`, if it exists and its condition holds.
    ///
    /// `resources` is sorted by logical ID, so the lookup is a binary search; an array built
    /// out of order falls back to a linear one.
    public func resource(_ logicalID: String) -> ResolvedResource? {
        var low = 0
        var high = resources.count
        while low < high {
            let middle = (low + high) / 2
            if resources[middle].logicalID < logicalID { low = middle + 1 } else { high = middle }
        }
        if low < resources.count, resources[low].logicalID == logicalID { return resources[low] }
        return resources.first { $0.logicalID == logicalID }
    }
}

/// One resource of a resolved template.
public struct ResolvedResource: Sendable {
    /// The logical ID, the key under `Resources`.
    public var logicalID: String
    /// The resource type, such as `AWS::S3::Bucket`.
    public var type: String
    /// The evaluated `Properties` mapping (an empty mapping when absent).
    public var properties: Node
    /// The evaluated `Metadata` mapping, where JSON templates put suppressions.
    public var metadata: Node?
    /// The location of the logical ID key, where resource-level findings point.
    public var location: SourceLocation
    /// Whether the resource's `Condition` could not be decided (it may not be deployed).
    public var isConditional: Bool
    /// The other resource attributes that are present, evaluated: `DeletionPolicy`,
    /// `UpdateReplacePolicy`, `DependsOn`, `CreationPolicy` and `UpdatePolicy`.
    public var attributes: [String: Node]

    public init(
        logicalID: String, type: String, properties: Node, metadata: Node? = nil, location: SourceLocation,
        isConditional: Bool = false, attributes: [String: Node] = [:]
    ) {
        self.logicalID = logicalID
        self.type = type
        self.properties = properties
        self.metadata = metadata
        self.location = location
        self.isConditional = isConditional
        self.attributes = attributes
    }
}
