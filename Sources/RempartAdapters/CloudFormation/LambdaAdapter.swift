import RempartModel
import RempartTemplate

/// Reads Lambda functions, permissions and function URLs.
enum LambdaAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        for (template, resource) in input.resources(ofType: "AWS::Lambda::Function") {
            resources.append(function(PropertyReader(resource, file: template.file), address(of: resource, in: template)))
        }
        for (template, resource) in input.resources(ofType: "AWS::Lambda::Permission") {
            let reader = PropertyReader(resource, file: template.file)
            var permission = LambdaPermission(address: address(of: resource, in: template))
            permission.function = reader.optionalIdentifier("FunctionName")
            permission.principal = reader.optionalString("Principal")
            permission.sourceARN = reader.optionalIdentifier("SourceArn")
            permission.sourceAccount = reader.optionalIdentifier("SourceAccount")
            permission.action = reader.optionalString("Action")
            resources.append(permission)
        }
        for (template, resource) in input.resources(ofType: "AWS::Lambda::Url") {
            var url = LambdaURL(address: address(of: resource, in: template))
            url.authType = PropertyReader(resource, file: template.file).optionalString("AuthType")
            resources.append(url)
        }
        return resources
    }

    private static func function(_ reader: PropertyReader, _ address: ResourceAddress) -> LambdaFunction {
        var function = LambdaFunction(address: address)
        function.name = reader.optionalString("FunctionName")
        function.runtime = reader.optionalString("Runtime")
        function.hasTracingConfig = reader.has("TracingConfig")
        function.tracingMode = reader.string("TracingConfig", "Mode", default: "PassThrough")
        function.kmsKeyARN = reader.optionalIdentifier("KmsKeyArn")
        function.reservedConcurrentExecutions = reader.optionalInt("ReservedConcurrentExecutions")
        function.deadLetterTarget = reader.optionalIdentifier("DeadLetterConfig", "TargetArn")
        function.hasVPCConfig =
            switch reader.lookup(["VpcConfig"]) {
            case .absent: .defaulted(false, at: address.origin)
            case .unknown(let reason, let origin): .unresolved(reason, at: origin)
            case .value(let node): .explicit(true, at: .source(node.location))
            }

        switch reader.lookup(["Environment"]) {
        case .absent:
            break
        case .unknown(let reason, let origin):
            function.environment = .unresolved(reason, at: origin)
        case .value(let node):
            let variables = reader.child("Environment", "Variables")
            if let reason = variables.unknownReason {
                function.environment = .unresolved(reason, at: variables.origin)
            } else {
                let entries = variables.node?.entries ?? []
                function.environment = .explicit(
                    entries.map { entry in
                        let value = PropertyReader(node: entry.value, defaultOrigin: address.origin, file: reader.file)
                        return LambdaFunction.EnvironmentVariable(
                            name: entry.key,
                            value: value.string() ?? .explicit("", at: .source(entry.value.location)))
                    }, at: .source(node.location))
            }
        }
        return function
    }
}
