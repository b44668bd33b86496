import RempartSupport

/// Properties of a resource that the API sets with calls after the one creating it, such as a bucket's
/// versioning or encryption. Each setting is a step of its own, named `<logical ID>/<name>`.
public struct ResourceSetting: Sendable {
    /// The step name's suffix, such as `Versioning`.
    public var name: String
    /// The top-level properties the setting applies; the setting's step exists only when one is present.
    public var propertyKeys: [String]
    /// The step title, with `%` standing for the resource: `Enable versioning on %`.
    public var title: LocalizedText
    /// Other settings, of this resource or of the resources the setting's properties refer to, that must be
    /// applied first: replication needs versioning on both buckets.
    public var after: [String]
    /// Whether the steps that refer to the resource wait for this setting, because they need it to work: an
    /// instance needs its subnet's public IP mapping and its group's rules, a trail needs its role's policy.
    /// Other settings (a bucket's lifecycle, a key's rotation) run beside the resource's dependents.
    public var isNeededByDependents: Bool
    /// Applies the setting to the resource that `record` describes.
    public var apply: @Sendable (ProvisioningInput, ResourceRecord) async throws -> Void

    /// Creates a setting.
    public init(
        name: String, propertyKeys: [String], title: LocalizedText, after: [String] = [],
        isNeededByDependents: Bool = false,
        apply: @escaping @Sendable (ProvisioningInput, ResourceRecord) async throws -> Void
    ) {
        self.name = name
        self.propertyKeys = propertyKeys
        self.title = title
        self.after = after
        self.isNeededByDependents = isNeededByDependents
        self.apply = apply
    }
}
