import RempartSupport

/// The AWS resources of one input (a set of templates, a Swift definition or a live account),
/// as typed values that the rules read.
///
/// Adapters fill it from templates, collectors from a live account. Each attribute of a
/// resource is a `Resolved` value that records where it came from. Resources are kept in one
/// heterogeneous list so each service's model can live in its own files; rules select the
/// types they check with `all(_:)`, which finds them through an index by type rather than
/// a cast of every resource.
public struct AWSState: Sendable {
    /// Every resource, in the order they were added.
    public private(set) var resources: [any AWSResource] = []
    /// The positions in `resources` of the resources of each dynamic type, in order.
    private var positionsByType: [ObjectIdentifier: [Int]] = [:]
    /// Reads that failed in a live audit (access denied, throttled), reported as gaps.
    public var gaps: [Gap] = []

    public init() {}

    /// Adds a resource.
    public mutating func add(_ resource: some AWSResource) {
        positionsByType[ObjectIdentifier(type(of: resource as any AWSResource)), default: []].append(resources.count)
        resources.append(resource)
    }

    /// Adds resources of any type.
    public mutating func add(contentsOf newResources: [any AWSResource]) {
        for resource in newResources {
            positionsByType[ObjectIdentifier(type(of: resource)), default: []].append(resources.count)
            resources.append(resource)
        }
    }

    /// Returns every resource of type `type`, in insertion order.
    public func all<Resource: AWSResource>(_ type: Resource.Type) -> [Resource] {
        // A class may have subclasses, which the index files under their own types.
        if Resource.self is AnyClass { return resources.compactMap { $0 as? Resource } }
        guard let positions = positionsByType[ObjectIdentifier(Resource.self)] else { return [] }
        return positions.compactMap { resources[$0] as? Resource }
    }

    /// A part of the account that could not be read, so checks on it are undecided.
    ///
    /// Gaps compare, hash and encode by service, operation, resource and English reason; the
    /// French reason rides along for reports.
    public struct Gap: Hashable, Sendable, Codable {
        /// The service, such as `s3`.
        public var service: String
        /// The API operation that failed, such as `GetBucketLogging`.
        public var operation: String
        /// The resource whose read failed, when the read was about one resource.
        public var resourceID: String?
        /// The AWS error code or transport error, in English.
        public var reason: String
        /// The reason in every supported language; its English text is `reason`.
        public var localizedReason: LocalizedText

        /// Creates a gap whose reason has no French text of its own, such as an AWS error message.
        public init(service: String, operation: String, resourceID: String? = nil, reason: String) {
            self.init(
                service: service, operation: operation, resourceID: resourceID,
                localizedReason: LocalizedText(reason, fr: reason))
        }

        /// Creates a gap with its reason in every supported language.
        public init(service: String, operation: String, resourceID: String? = nil, localizedReason: LocalizedText) {
            self.service = service
            self.operation = operation
            self.resourceID = resourceID
            self.reason = localizedReason.english
            self.localizedReason = localizedReason
        }

        enum CodingKeys: String, CodingKey {
            case service, operation, resourceID, reason
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                service: try container.decode(String.self, forKey: .service),
                operation: try container.decode(String.self, forKey: .operation),
                resourceID: try container.decodeIfPresent(String.self, forKey: .resourceID),
                reason: try container.decode(String.self, forKey: .reason))
        }

        public static func == (lhs: Gap, rhs: Gap) -> Bool {
            (lhs.service, lhs.operation, lhs.resourceID, lhs.reason) == (rhs.service, rhs.operation, rhs.resourceID, rhs.reason)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(service)
            hasher.combine(operation)
            hasher.combine(resourceID)
            hasher.combine(reason)
        }
    }
}

/// A resource of the AWS state.
public protocol AWSResource: Sendable {
    /// The resource's identity, where resource-level findings point.
    var address: ResourceAddress { get }
}
