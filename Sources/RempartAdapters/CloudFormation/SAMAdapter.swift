import RempartModel
import RempartTemplate

/// Reads AWS SAM resources; `SAMGlobals` has already merged the template's `Globals` into them.
enum SAMAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let apis: [any AWSResource] = input.resources(ofType: "AWS::Serverless::Api").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return SAMApi(
                address: PropertyReader.address(of: resource),
                isTracingEnabled: properties.bool("TracingEnabled", default: false),
                domainSecurityPolicy: properties.optionalString("Domain", "SecurityPolicy"),
                accessLogDestination: properties.optionalIdentifier("AccessLogSetting", "DestinationArn"),
                isCacheDataEncrypted: cacheDataEncrypted(properties),
                isCacheClusterEnabled: properties.bool("CacheClusterEnabled", default: false))
        }
        let httpApis: [any AWSResource] = input.resources(ofType: "AWS::Serverless::HttpApi").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return SAMHttpApi(
                address: PropertyReader.address(of: resource),
                accessLogDestination: properties.optionalIdentifier("AccessLogSettings", "DestinationArn"))
        }
        let functions: [any AWSResource] = input.resources(ofType: "AWS::Serverless::Function").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return SAMFunction(
                address: PropertyReader.address(of: resource), tracing: properties.optionalString("Tracing"),
                inlinePolicies: inlinePolicies(properties))
        }
        let stateMachines: [any AWSResource] = input.resources(ofType: "AWS::Serverless::StateMachine").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            // Only ALL, ERROR and FATAL log anything, and an unquoted `OFF` reaches CloudFormation as `false`.
            return SAMStateMachine(
                address: PropertyReader.address(of: resource),
                isLoggingEnabled: properties.optionalString("Logging", "Level").map {
                    ["ALL", "ERROR", "FATAL"].contains($0 ?? "OFF")
                },
                isTracingEnabled: properties.bool("Tracing", "Enabled", default: false),
                inlinePolicies: inlinePolicies(properties))
        }
        let tables: [any AWSResource] = input.resources(ofType: "AWS::Serverless::SimpleTable").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return SAMSimpleTable(
                address: PropertyReader.address(of: resource),
                isServerSideEncryptionEnabled: properties.bool("SSESpecification", "SSEEnabled", default: false))
        }
        return apis + httpApis + functions + stateMachines + tables
    }

    /// Reads the policy documents of `Policies`: the mappings with a `Statement`, as SAM policy
    /// templates (`S3ReadPolicy: {…}`) and managed policy names are not documents.
    private static func inlinePolicies(_ properties: PropertyReader) -> Resolved<[PolicyDocument]> {
        let entries = properties.elements("Policies", allowingScalars: true)
        guard let readers = entries.value else { return entries.map { _ in [] } }
        var documents: [PolicyDocument] = []
        for reader in readers {
            guard let node = reader.node, node["Statement"] != nil else { continue }
            let document = PolicyDocumentReader.read(node)
            guard let value = document.value else { return document.map { _ in [] } }
            documents.append(value)
        }
        return entries.map { _ in documents }
    }

    /// `MethodSettings` is a list in SAM; a single mapping is read as a one-element list.
    private static func cacheDataEncrypted(_ properties: PropertyReader) -> Resolved<Bool> {
        let settings = properties.elements("MethodSettings")
        if case .unknown(let reason) = settings.state { return .unresolved(reason, at: settings.origin) }
        var result: Resolved<Bool> = .defaulted(false, at: properties.defaultOrigin)
        for setting in settings.value ?? [] {
            guard let encrypted = setting.bool("CacheDataEncrypted") else { continue }
            if case .unknown = encrypted.state { return encrypted }
            if encrypted.value == true { return encrypted }
            result = encrypted
        }
        return result
    }
}
