import RempartAWS

/// One node of a deployment graph: how to create, find and delete one resource (or read one value).
///
/// `create` runs once every step in `dependencies` has completed and reads their records through the
/// context. `find` looks the resource up by its tags or its name, for a deployment whose state file
/// was lost or stopped between a create call and its record. `delete` removes it and treats
/// "not found" as done.
public struct DeploymentStep: Sendable {
    /// A stable ID, unique in the graph and used as the `rempart:resource` tag: `public-subnet-1`.
    public var id: String
    /// What the step does, printed as `[INFO] Create VPC VPC`.
    public var title: String
    /// The title in French, printed with `--language fr`.
    public var frenchTitle: String
    /// The CloudFormation type of what it creates (with `/<setting>` for a setting step), or `Rempart::Lookup`.
    public var resourceType: String
    /// The steps whose records `create` needs.
    public var dependencies: [String]
    /// Creates the resource and returns its record.
    public var create: @Sendable (StepContext) async throws -> ResourceRecord
    /// Finds an existing resource of this step, or returns nil.
    public var find: (@Sendable (StepContext) async throws -> ResourceRecord?)?
    /// Deletes the resource; nil for lookups and settings removed with the resource they configure.
    public var delete: (@Sendable (StepContext, ResourceRecord) async throws -> Void)?

    /// Creates a step.
    public init(
        id: String, title: String, frenchTitle: String, resourceType: String, dependencies: [String] = [],
        create: @escaping @Sendable (StepContext) async throws -> ResourceRecord,
        find: (@Sendable (StepContext) async throws -> ResourceRecord?)? = nil,
        delete: (@Sendable (StepContext, ResourceRecord) async throws -> Void)? = nil
    ) {
        self.id = id
        self.title = title
        self.frenchTitle = frenchTitle
        self.resourceType = resourceType
        self.dependencies = dependencies
        self.create = create
        self.find = find
        self.delete = delete
    }
}
