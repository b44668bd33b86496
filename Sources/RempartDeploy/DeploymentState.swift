import Foundation

/// What a deployment has created, as written to `.rempart/deployments/<name>.json`.
///
/// The file is rewritten after every step, so a deployment that stops halfway still lists
/// everything it created, and `destroy` and the next `deploy` start from it.
public struct DeploymentState: Codable, Sendable, Equatable {
    /// The version of this file's layout.
    public var schemaVersion: Int
    /// The deployment name.
    public var name: String
    /// The lab profile deployed (`baseline` or `hardened`).
    public var profile: String
    /// The region the resources live in.
    public var region: String
    /// The records of the completed steps, by step ID.
    public var resources: [String: ResourceRecord]
    /// The steps whose create call was sent but whose result is not recorded yet. A step left here by a crash
    /// is looked up by its tags or name before it is created again.
    public var pending: [String]

    /// Creates an empty state.
    public init(name: String, profile: String, region: String) {
        schemaVersion = 1
        self.name = name
        self.profile = profile
        self.region = region
        resources = [:]
        pending = []
    }
}
