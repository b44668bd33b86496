import RempartModel
import RempartTemplate

/// Reads API Gateway REST APIs, stages, methods and domain names, and HTTP/WebSocket APIs
/// and their stages.
enum APIGatewayAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        for (template, resource) in input.resources(ofType: "AWS::ApiGateway::RestApi") {
            var api = APIGatewayRestAPI(address: address(of: resource, in: template))
            api.name = PropertyReader(resource, file: template.file).optionalString("Name")
            resources.append(api)
        }
        for (template, resource) in input.resources(ofType: "AWS::ApiGateway::Stage") {
            resources.append(stage(PropertyReader(resource, file: template.file), address(of: resource, in: template)))
        }
        for (template, resource) in input.resources(ofType: "AWS::ApiGateway::Method") {
            let reader = PropertyReader(resource, file: template.file)
            var method = APIGatewayMethod(address: address(of: resource, in: template))
            method.restAPI = reader.optionalIdentifier("RestApiId")
            method.httpMethod = reader.optionalString("HttpMethod")
            method.authorizationType = reader.optionalString("AuthorizationType")
            method.isAPIKeyRequired = reader.bool("ApiKeyRequired", default: false)
            resources.append(method)
        }
        for (template, resource) in input.resources(ofType: "AWS::ApiGateway::DomainName") {
            let reader = PropertyReader(resource, file: template.file)
            var domain = APIGatewayDomainName(address: address(of: resource, in: template))
            domain.name = reader.optionalString("DomainName")
            domain.securityPolicy = reader.string("SecurityPolicy", default: "TLS_1_0")
            resources.append(domain)
        }
        for (template, resource) in input.resources(ofType: "AWS::ApiGatewayV2::DomainName") {
            let reader = PropertyReader(resource, file: template.file)
            var domain = APIGatewayDomainName(address: address(of: resource, in: template))
            domain.name = reader.optionalString("DomainName")
            domain.securityPolicy = .defaulted("TLS_1_2", at: domain.address.origin)
            if case .known(let configurations) = reader.elements("DomainNameConfigurations").state {
                for configuration in configurations {
                    domain.securityPolicy = configuration.string("SecurityPolicy", default: "TLS_1_2")
                }
            }
            resources.append(domain)
        }
        for (template, resource) in input.resources(ofType: "AWS::ApiGatewayV2::Api") {
            let reader = PropertyReader(resource, file: template.file)
            var api = APIGatewayV2API(address: address(of: resource, in: template))
            api.name = reader.optionalString("Name")
            api.protocolType = reader.optionalString("ProtocolType")
            resources.append(api)
        }
        for (template, resource) in input.resources(ofType: "AWS::ApiGatewayV2::Stage") {
            let reader = PropertyReader(resource, file: template.file)
            var stage = APIGatewayV2Stage(address: address(of: resource, in: template))
            stage.api = reader.optionalIdentifier("ApiId")
            stage.name = reader.optionalString("StageName")
            stage.accessLogDestination = reader.optionalIdentifier("AccessLogSettings", "DestinationArn")
            resources.append(stage)
        }
        return resources
    }

    private static func stage(_ reader: PropertyReader, _ address: ResourceAddress) -> APIGatewayStage {
        var stage = APIGatewayStage(address: address)
        stage.restAPI = reader.optionalIdentifier("RestApiId")
        stage.name = reader.optionalString("StageName")
        stage.accessLogDestination = reader.optionalIdentifier("AccessLogSetting", "DestinationArn")
        stage.isTracingEnabled = reader.bool("TracingEnabled", default: false)
        stage.isCacheClusterEnabled = reader.bool("CacheClusterEnabled", default: false)
        if case .known(let settings) = reader.elements("MethodSettings").state {
            stage.methodSettings = settings.map { setting in
                APIGatewayStage.MethodSetting(
                    httpMethod: setting.optionalString("HttpMethod"),
                    isCachingEnabled: setting.bool("CachingEnabled", default: false),
                    isCacheDataEncrypted: setting.bool("CacheDataEncrypted", default: false), origin: setting.origin)
            }
        }
        return stage
    }
}
