import RempartModel
import RempartTemplate

/// Reads AppSync GraphQL APIs.
enum AppSyncAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::AppSync::GraphQLApi").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            var api = AppSyncGraphQLAPI(address: address(of: resource, in: template))
            api.logsRole = reader.optionalIdentifier("LogConfig", "CloudWatchLogsRoleArn")
            api.fieldLogLevel = reader.optionalString("LogConfig", "FieldLogLevel")
            return api
        }
    }
}
