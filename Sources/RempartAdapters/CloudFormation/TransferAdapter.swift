import RempartModel
import RempartTemplate

/// Reads AWS Transfer Family servers.
enum TransferAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let transferServers: [any AWSResource] = input.resources(ofType: "AWS::Transfer::Server").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return TransferServer(
                address: PropertyReader.address(of: resource),
                endpointType: properties.optionalString("EndpointType"))
        }
        return transferServers
    }
}
