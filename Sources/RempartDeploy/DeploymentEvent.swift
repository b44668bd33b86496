/// Progress of a deployment or a removal, reported as each step starts and ends.
public struct DeploymentEvent: Sendable, Equatable {
    /// What happened to the step.
    public enum Kind: String, Sendable, Equatable {
        /// The step started; `position` counts started steps.
        case started
        /// The resource was created.
        case created
        /// The state file already recorded the resource, so nothing was called.
        case recorded
        /// The resource was found by its tags or name and adopted.
        case found
        /// The recorded resource was updated in place, because its properties changed with the parameters.
        case updated
        /// The resource was deleted.
        case deleted
        /// The recorded resource no longer existed when it was to be deleted.
        case alreadyGone
        /// Nothing to delete: the resource was never created or is already gone.
        case absent
        /// The step failed.
        case failed
    }

    public var kind: Kind
    /// The step ID.
    public var step: String
    /// The step's title, such as `Create VPC VPC`, or `Delete VPC VPC` during a removal.
    public var title: String
    /// The step's title in French, such as `Créer le VPC VPC`; nil prints `title`.
    public var frenchTitle: String?
    /// The 1-based position of the step among the steps started so far.
    public var position: Int
    /// The number of steps in the graph.
    public var total: Int
    /// The physical ID, once known.
    public var resourceID: String?
    /// The failure message, for `.failed`.
    public var reason: String?
    /// The failure message in French; nil prints `reason`.
    public var frenchReason: String?
    /// The French noun of the step's resource, which the French line's participles agree with; nil keeps the
    /// masculine singular.
    public var frenchNoun: FrenchNoun?

    /// Creates an event.
    public init(
        kind: Kind, step: String, title: String, frenchTitle: String? = nil, position: Int, total: Int,
        resourceID: String? = nil, reason: String? = nil, frenchReason: String? = nil, frenchNoun: FrenchNoun? = nil
    ) {
        self.kind = kind
        self.step = step
        self.title = title
        self.frenchTitle = frenchTitle
        self.position = position
        self.total = total
        self.resourceID = resourceID
        self.reason = reason
        self.frenchReason = frenchReason
        self.frenchNoun = frenchNoun
    }

    /// The line the lab's scripts would print: `[INFO] [3/41] Create VPC: vpc-0abc`.
    public var line: String {
        let counter = "[\(position)/\(total)]"
        switch kind {
        case .started: return "[INFO] \(counter) \(title)"
        case .created: return "[INFO] \(counter) \(title): \(resourceID ?? "done")"
        case .recorded: return "[INFO] \(counter) \(title): \(resourceID ?? "") (already created)"
        case .found: return "[INFO] \(counter) \(title): \(resourceID ?? "") (found by tag or name, adopted)"
        case .updated: return "[INFO] \(counter) \(title): \(resourceID ?? "") (updated)"
        case .deleted: return "[INFO] \(counter) \(title): \(resourceID ?? "") deleted"
        case .alreadyGone: return "[INFO] \(counter) \(title): \(resourceID ?? "") was already deleted"
        case .absent: return "[INFO] \(counter) \(title): nothing to delete"
        case .failed: return "[ERROR] \(counter) \(title): \(reason ?? "failed")"
        }
    }
}
