import RempartModel

extension Optional where Wrapped == Identifier {
    /// Whether an ID, ARN or link is set to something other than an empty string, which AWS
    /// treats as not set.
    var isSet: Bool {
        guard let identifier = self else { return false }
        return !identifier.isEmpty
    }

    /// Whether the identifier is the literal `name` (such as `alias/aws/sns`), ignoring case.
    func isLiteral(_ name: String) -> Bool {
        self?.literal?.lowercased() == name.lowercased()
    }
}
