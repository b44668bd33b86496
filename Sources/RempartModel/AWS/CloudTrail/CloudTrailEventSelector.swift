/// One entry of a trail's `EventSelectors`.
public struct CloudTrailEventSelector: Hashable, Sendable {
    /// `ReadWriteType`; AWS default `All`.
    public var readWriteType: Resolved<String>
    /// `IncludeManagementEvents`; AWS default true.
    public var includesManagementEvents: Resolved<Bool>
    /// `DataResources`: the data events logged.
    public var dataResources: [DataResource]
    /// Where the selector starts.
    public var origin: Origin

    /// One `DataResources` entry: a type such as `AWS::S3::Object` and its ARNs or prefixes.
    public struct DataResource: Hashable, Sendable {
        /// `Type`.
        public var type: Resolved<String?>
        /// `Values`: ARNs or ARN prefixes, or links to resources of the scan.
        public var values: [Resolved<Identifier>]

        /// Creates a data resource.
        public init(type: Resolved<String?>, values: [Resolved<Identifier>]) {
            self.type = type
            self.values = values
        }
    }

    /// Creates a selector.
    public init(
        readWriteType: Resolved<String>, includesManagementEvents: Resolved<Bool>, dataResources: [DataResource],
        origin: Origin
    ) {
        self.readWriteType = readWriteType
        self.includesManagementEvents = includesManagementEvents
        self.dataResources = dataResources
        self.origin = origin
    }
}
