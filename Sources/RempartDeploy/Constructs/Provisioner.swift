import RempartSupport

/// Creates, finds and deletes the resources of one CloudFormation type through direct API calls.
///
/// A provisioner receives the construct's properties resolved against what earlier steps created, and
/// tags every resource it creates with the deployment (`ProvisioningInput.tags`), so that `find` can
/// look it up again by those tags or by its name after a lost state file or an interrupted create.
public protocol Provisioner: Sendable {
    /// The CloudFormation type, such as `AWS::EC2::VPC`.
    var resourceType: String { get }
    /// The resource's name in step titles: `VPC`, and in French `le VPC`, a masculine noun.
    var noun: ResourceNoun { get }
    /// Properties applied by later calls, each as its own step, so that they wait only for what they refer to.
    var settings: [ResourceSetting] { get }
    /// Whether `delete` removes something; false for what goes with another resource (a route, an association).
    var deletes: Bool { get }
    /// Whether creating the resource needs the account ID (for a generated bucket name or an ARN).
    var usesAccount: Bool { get }
    /// Whether the resource completes the resources it refers to, as a route table association completes its
    /// subnet's routing; the steps of resources that `waitsForCompletion` wait for it.
    var completesReferences: Bool { get }
    /// Whether the resource waits until the resources it refers to are complete: an instance starts once its
    /// subnet is associated with a route table whose routes exist, as it would after a CloudFormation stack.
    var waitsForCompletion: Bool { get }

    /// Creates the resource and returns its record: its physical ID (what `Ref` returns) and the attributes
    /// `Fn::GetAtt` reads.
    func create(_ input: ProvisioningInput) async throws -> ResourceRecord
    /// Finds the resource this step created earlier, or returns nil.
    func find(_ input: ProvisioningInput) async throws -> ResourceRecord?
    /// Deletes the resource and returns true, or returns false when it was already gone.
    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool
}

extension Provisioner {
    public var settings: [ResourceSetting] { [] }
    public var deletes: Bool { true }
    public var usesAccount: Bool { false }
    public var completesReferences: Bool { false }
    public var waitsForCompletion: Bool { false }

    public func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool { false }

    /// Returns the title of the step creating `logicalID`: `Create VPC VPC`, `Créer le VPC VPC`.
    func title(_ logicalID: String) -> LocalizedText {
        LocalizedText("Create \(noun.english) \(logicalID)", fr: "Créer \(noun.french.definite) \(logicalID)")
    }

    /// Returns the title of the step deleting `logicalID`: `Delete VPC VPC`, `Supprimer le VPC VPC`.
    func deletionTitle(_ logicalID: String) -> LocalizedText {
        LocalizedText("Delete \(noun.english) \(logicalID)", fr: "Supprimer \(noun.french.definite) \(logicalID)")
    }
}
