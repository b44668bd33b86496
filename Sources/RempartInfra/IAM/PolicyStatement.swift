import RempartTemplate

/// One statement of an IAM policy, a key policy or a bucket policy.
public struct PolicyStatement: Sendable {
    /// `Allow` or `Deny`.
    public enum Effect: String, Sendable {
        case allow = "Allow"
        case deny = "Deny"
    }

    /// The principal a statement applies to, in resource-based policies.
    public enum Principal: Sendable {
        /// Every principal (`"*"`).
        case any
        /// An account or role ARN.
        case aws(Token)
        /// An AWS service, such as `ec2.amazonaws.com`.
        case service(Token)
    }

    /// One condition: an operator, a key and its value, such as `Bool`, `aws:SecureTransport`, `"false"`.
    public struct Condition: Sendable {
        public var `operator`: String
        public var key: String
        public var value: Token

        /// Creates a condition.
        public init(_ operator: String, _ key: String, _ value: Token) {
            self.operator = `operator`
            self.key = key
            self.value = value
        }
    }

    public var sid: String?
    public var effect: Effect
    /// The principal, for resource-based policies; nil in identity-based ones.
    public var principal: Principal?
    /// The actions; one action is written as a string.
    public var actions: [String]
    /// The resources; one resource is written as a scalar.
    public var resources: [Token]
    public var conditions: [Condition]

    /// Creates a statement.
    public init(
        sid: String? = nil, effect: Effect = .allow, principal: Principal? = nil, actions: [String],
        resources: [Token] = [], conditions: [Condition] = []
    ) {
        self.sid = sid
        self.effect = effect
        self.principal = principal
        self.actions = actions
        self.resources = resources
        self.conditions = conditions
    }

    var node: Node {
        let principalNode: Node? = principal.map {
            switch $0 {
            case .any: .string("*")
            case .aws(let arn): .map([("AWS", arn.node)])
            case .service(let name): .map([("Service", name.node)])
            }
        }
        let resourceNode: Node? =
            switch resources.count {
            case 0: nil
            case 1: resources[0].node
            default: .list(resources.map(\.node))
            }
        return .map([
            ("Sid", sid.node),
            ("Effect", .string(effect.rawValue)),
            ("Principal", principalNode),
            ("Action", actions.count == 1 ? .string(actions[0]) : .list(actions.map(Node.string))),
            ("Resource", resourceNode),
            ("Condition", conditions.isEmpty ? nil : conditionNode),
        ])
    }

    /// Groups the conditions by operator, keeping the order in which operators first appear.
    private var conditionNode: Node {
        var operators: [String] = []
        for condition in conditions where !operators.contains(condition.operator) {
            operators.append(condition.operator)
        }
        return .map(
            operators.map { name in
                (name, .map(conditions.filter { $0.operator == name }.map { ($0.key, $0.value.node) }))
            })
    }
}
