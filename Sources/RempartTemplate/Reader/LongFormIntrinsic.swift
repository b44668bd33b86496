import RempartSupport

/// Recognizes intrinsic function calls written in their long form, `{"Fn::Sub": …}`.
///
/// A mapping is a call when it has exactly one key and that key is `Ref`, `Fn::…`, or
/// `Condition` with a string argument. The string-only rule for `Condition` keeps IAM policy
/// statements, whose `Condition` contains a mapping, out of the way.
enum LongFormIntrinsic {
    /// Returns the mapping as an `.intrinsic` node when it is a call, else nil.
    static func recognize(_ entries: [Node.Entry], at location: SourceLocation) -> Node? {
        guard entries.count == 1 else { return nil }
        let entry = entries[0]
        let key = entry.key
        switch key {
        case "Ref":
            return Node(.intrinsic(Intrinsic(name: key, argument: entry.value)), at: location)
        case "Condition":
            guard case .string = entry.value.kind else { return nil }
            return Node(.intrinsic(Intrinsic(name: key, argument: entry.value)), at: location)
        default:
            // `Fn::ForEach::Name` is a loop of the AWS::LanguageExtensions transform that
            // generates keys of the enclosing mapping; it is not a call.
            guard key.utf8.count > 4, key.hasPrefix("Fn::"), !key.hasPrefix("Fn::ForEach::") else { return nil }
            return Node(.intrinsic(Intrinsic(name: key, argument: entry.value)), at: location)
        }
    }
}
