/// A collector of one service: reads its resources from a live account into the model.
protocol LiveCollector: Sendable {
    /// Reads the service's resources; failed reads become gaps in `reader`'s log.
    static func collect(_ reader: LiveReader) async -> CollectedResources
}
