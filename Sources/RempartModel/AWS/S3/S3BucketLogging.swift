/// A bucket's server access logging (`LoggingConfiguration`).
public struct S3BucketLogging: Sendable {
    /// The configuration in the template.
    public var origin: Origin
    /// `DestinationBucketName`, when set. Without it, S3 refuses the configuration, so
    /// logging counts as disabled.
    public var destinationBucket: Resolved<Identifier>?
    /// `LogFilePrefix`, when set.
    public var prefix: Resolved<String>?

    /// Creates a logging configuration.
    public init(origin: Origin, destinationBucket: Resolved<Identifier>?, prefix: Resolved<String>?) {
        self.origin = origin
        self.destinationBucket = destinationBucket
        self.prefix = prefix
    }
}
