import RempartModel
import RempartSupport
import RempartTemplate

/// A check that could not decide because a value it reads is unknown before deployment, such as
/// a property set from `!Sub "${AWS::AccountId}"` or an `Fn::ImportValue` no scanned file exports.
///
/// The scan lists them so a user can see which value to set (with `--parameter`, for example)
/// to get a verdict.
public struct UndecidedCheck: Sendable {
    /// The ID of the rule that could not decide.
    public var ruleID: String
    /// The resource the rule was checking.
    public var resource: ResourceAddress
    /// The unknown value, or the resource when the value has no location of its own.
    public var location: SourceLocation?
    /// The reason the value is unknown, in English, as the resolver, the adapter or the rule wrote it.
    public var reason: String
    /// The reason in every supported language, whose English text is `reason`.
    public var localizedReason: LocalizedText

    /// Creates an undecided check whose French reason is translated from `reason`.
    public init(ruleID: String, resource: ResourceAddress, location: SourceLocation?, reason: String) {
        self.init(
            ruleID: ruleID, resource: resource, location: location,
            localizedReason: UnknownReason.localizedDescription(ofEnglish: reason))
    }

    /// Creates an undecided check with its reason in every supported language.
    public init(ruleID: String, resource: ResourceAddress, location: SourceLocation?, localizedReason: LocalizedText) {
        self.ruleID = ruleID
        self.resource = resource
        self.location = location
        self.reason = localizedReason.english
        self.localizedReason = localizedReason
    }

    /// The file the check is about, for grouping in reports.
    public var file: String { location?.file ?? resource.file ?? resource.region.map { "aws:\($0)" } ?? "" }

    /// The order reports list undecided checks in: file, line, column, rule ID, then resource.
    public static func reportOrder(_ lhs: UndecidedCheck, _ rhs: UndecidedCheck) -> Bool {
        let left = (lhs.file, lhs.location?.line ?? 0, lhs.location?.column ?? 0, lhs.ruleID, lhs.resource.name)
        let right = (rhs.file, rhs.location?.line ?? 0, rhs.location?.column ?? 0, rhs.ruleID, rhs.resource.name)
        return left < right
    }
}
