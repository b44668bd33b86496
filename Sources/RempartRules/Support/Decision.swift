import RempartModel

/// A yes/no result that may be undecided because a value is unknown.
enum Decision: Equatable {
    case yes
    case no
    case unknown(String)

    /// Builds a decision from a Boolean.
    init(_ value: Bool) {
        self = value ? .yes : .no
    }

    /// Applies `predicate` to a resolved value; unknown when the value is unknown.
    init<Value>(_ value: Resolved<Value>, _ predicate: (Value) -> Bool) {
        switch value.state {
        case .known(let known): self = Decision(predicate(known))
        case .unknown(let reason): self = .unknown(reason)
        }
    }

    /// The negation; unknown stays unknown.
    var negated: Decision {
        switch self {
        case .yes: .no
        case .no: .yes
        case .unknown: self
        }
    }

    /// Three-valued AND: a definite `no` wins over an unknown.
    static func && (lhs: Decision, rhs: @autoclosure () -> Decision) -> Decision {
        if lhs == .no { return .no }
        let right = rhs()
        switch (lhs, right) {
        case (_, .no): return .no
        case (.yes, .yes): return .yes
        case (.unknown(let reason), _), (_, .unknown(let reason)): return .unknown(reason)
        default: return .no
        }
    }

    /// Three-valued OR: a definite `yes` wins over an unknown.
    static func || (lhs: Decision, rhs: @autoclosure () -> Decision) -> Decision {
        if lhs == .yes { return .yes }
        let right = rhs()
        switch (lhs, right) {
        case (_, .yes): return .yes
        case (.no, .no): return .no
        case (.unknown(let reason), _), (_, .unknown(let reason)): return .unknown(reason)
        default: return .no
        }
    }

    /// Three-valued OR over a list: yes if any is yes, else unknown if any is unknown, else no.
    static func any<Element>(_ elements: [Element], _ decide: (Element) -> Decision) -> Decision {
        elements.reduce(Decision.no) { $0 || decide($1) }
    }
}
