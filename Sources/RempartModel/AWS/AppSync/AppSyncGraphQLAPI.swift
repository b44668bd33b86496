/// An AppSync GraphQL API (`AWS::AppSync::GraphQLApi`).
public struct AppSyncGraphQLAPI: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `LogConfig.CloudWatchLogsRoleArn`: the role AppSync logs through.
    public var logsRole: Resolved<Identifier?>
    /// `LogConfig.FieldLogLevel`: `NONE`, `ERROR`, `INFO`, `DEBUG` or `ALL`.
    public var fieldLogLevel: Resolved<String?>

    /// Creates an API with logging off, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        logsRole = .defaulted(nil, at: address.origin)
        fieldLogLevel = .defaulted(nil, at: address.origin)
    }
}
