import RempartModel
import RempartTemplate

/// Reads Lambda functions, permissions and function URLs.
///
/// SAM functions (`AWS::Serverless::Function`) are read into the same model, under their own
/// type, because they become Lambda functions with the same properties; rules that trivy
/// applies only to `AWS::Lambda::Function` filter on the address type.
enum LambdaAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        for type in ["AWS::Lambda::Function", "AWS::Serverless::Function"] {
            for (template, resource) in input.resources(ofType: type) {
                resources.append(function(PropertyReader(resource, file: template.file), address(of: resource, in: template)))
            }
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
        function.kmsKeyARN = reader.optionalIdentifier("KmsKeyArn")
        function.reservedConcurrentExecutions = reader.optionalInt("ReservedConcurrentExecutions")
        if address.type == "AWS::Serverless::Function" {
            // SAM spells tracing and the dead-letter target differently.
            function.hasTracingConfig = reader.has("Tracing")
            function.tracingMode = reader.string("Tracing", default: "PassThrough")
            function.deadLetterTarget = reader.optionalIdentifier("DeadLetterQueue", "TargetArn")
        } else {
            function.hasTracingConfig = reader.has("TracingConfig")
            function.tracingMode = reader.string("TracingConfig", "Mode", default: "PassThrough")
            function.deadLetterTarget = reader.optionalIdentifier("DeadLetterConfig", "TargetArn")
        }
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
            guard case .mapping = node.kind else {
                // A scalar such as `None` or null declares no variables.
                function.environment = .explicit([], at: .source(node.location))
                break
            }
            let variables = reader.child("Environment", "Variables")
            if let reason = variables.unknownReason {
                function.environment = .unresolved(reason, at: variables.origin)
            } else {
                let entries = variables.node?.entries ?? []
                function.environment = .explicit(
                    entries.map { entry in
                        LambdaFunction.EnvironmentVariable(name: entry.key, value: reader.identifier(of: entry.value))
                    }, at: .source(node.location))
            }
        }
        return function
    }
}
