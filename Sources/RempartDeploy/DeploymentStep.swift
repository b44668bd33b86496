import RempartAWS

/// One node of a deployment graph: how to create, find, update and delete one resource (or read one value).
///
/// `create` runs once every step in `dependencies` has completed and reads their records through the
/// context. `find` looks the resource up by its tags or its name, for a deployment whose state file
/// was lost or stopped between a create call and its record. `delete` removes it and treats
/// "not found" as done.
public struct DeploymentStep: Sendable {
    /// The construct properties a step derived from a construct reads, to tell which steps a change of the
    /// template parameters affects.
    public struct PropertySource: Sendable, Equatable {
        /// The construct's logical ID.
        public var logicalID: String
        /// The file of the construct's stack, such as `vpc.yaml`.
        public var file: String
        /// The top-level properties the step reads.
        public var keys: Set<String>

        /// Creates a source.
        public init(logicalID: String, file: String, keys: Set<String>) {
            self.logicalID = logicalID
            self.file = file
            self.keys = keys
        }
    }

    /// A stable ID, unique in the graph and used as the `rempart:resource` tag: `public-subnet-1`.
    public var id: String
    /// The step's title, printed as `[INFO] Create VPC VPC`.
    public var title: String
    /// The title in French, printed with `--language fr`.
    public var frenchTitle: String
    /// The title of removing the step's resource, printed by `destroy` as `[INFO] Delete VPC VPC`.
    public var deletionTitle: String
    /// The deletion title in French: `Supprimer le VPC VPC`.
    public var deletionFrenchTitle: String
    /// The French noun of the step's resource, which the participles of its progress lines agree with
    /// (`l'alarme … supprimée`); nil for lookups and settings, whose lines keep the masculine singular.
    public var frenchNoun: FrenchNoun?
    /// The CloudFormation type of what it creates (with `/<setting>` for a setting step), or `Rempart::Lookup`.
    public var resourceType: String
    /// The steps whose records `create` needs.
    public var dependencies: [String]
    /// The construct properties the step reads; nil for lookups and steps the constructs do not describe.
    public var source: PropertySource?
    /// Creates the resource and returns its record.
    public var create: @Sendable (StepContext) async throws -> ResourceRecord
    /// Finds an existing resource of this step, or returns nil.
    public var find: (@Sendable (StepContext) async throws -> ResourceRecord?)?
    /// Applies changed properties to the recorded resource in place and returns its record; nil when a change
    /// needs a new resource, which a deployment refuses.
    public var update: (@Sendable (StepContext, ResourceRecord) async throws -> ResourceRecord)?
    /// Deletes the resource and returns false when it was already gone; nil for lookups and settings removed
    /// with the resource they configure.
    public var delete: (@Sendable (StepContext, ResourceRecord) async throws -> Bool)?

    /// Creates a step. The deletion titles default to `Delete <title>` and `Supprimer <title>`.
    public init(
        id: String, title: String, frenchTitle: String, deletionTitle: String? = nil,
        deletionFrenchTitle: String? = nil, frenchNoun: FrenchNoun? = nil, resourceType: String,
        dependencies: [String] = [], source: PropertySource? = nil,
        create: @escaping @Sendable (StepContext) async throws -> ResourceRecord,
        find: (@Sendable (StepContext) async throws -> ResourceRecord?)? = nil,
        update: (@Sendable (StepContext, ResourceRecord) async throws -> ResourceRecord)? = nil,
        delete: (@Sendable (StepContext, ResourceRecord) async throws -> Bool)? = nil
    ) {
        self.id = id
        self.title = title
        self.frenchTitle = frenchTitle
        self.deletionTitle = deletionTitle ?? "Delete \(title)"
        self.deletionFrenchTitle = deletionFrenchTitle ?? "Supprimer \(frenchTitle)"
        self.frenchNoun = frenchNoun
        self.resourceType = resourceType
        self.dependencies = dependencies
        self.source = source
        self.create = create
        self.find = find
        self.update = update
        self.delete = delete
    }
}
