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
    /// The values of the template parameters the resources were made with (`AdminCIDR`, `VpcCIDR`, …); nil in
    /// files written before they were recorded.
    public var parameters: [String: String]?
    /// The records of the completed steps, by step ID.
    public var resources: [String: ResourceRecord]
    /// The steps whose create call was sent but whose result is not recorded yet. A step left here by a crash
    /// is looked up by its tags or name before it is created again.
    public var pending: [String]
    /// The completed steps whose properties changed with the parameters and that the next run updates in place,
    /// such as a security group's ingress rules after a new admin range.
    public var outdated: [String]

    /// Creates an empty state.
    public init(name: String, profile: String, region: String, parameters: [String: String]? = nil) {
        schemaVersion = 1
        self.name = name
        self.profile = profile
        self.region = region
        self.parameters = parameters
        resources = [:]
        pending = []
        outdated = []
    }

    /// Reads a state, also from files written before `parameters` and `outdated` existed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        name = try container.decode(String.self, forKey: .name)
        profile = try container.decode(String.self, forKey: .profile)
        region = try container.decode(String.self, forKey: .region)
        parameters = try container.decodeIfPresent([String: String].self, forKey: .parameters)
        resources = try container.decode([String: ResourceRecord].self, forKey: .resources)
        pending = try container.decode([String].self, forKey: .pending)
        outdated = try container.decodeIfPresent([String].self, forKey: .outdated) ?? []
    }
}
