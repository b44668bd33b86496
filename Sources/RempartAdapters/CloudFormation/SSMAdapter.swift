import RempartModel
import RempartTemplate

/// Reads Systems Manager parameters.
enum SSMAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let ssmParameters: [any AWSResource] = input.resources(ofType: "AWS::SSM::Parameter").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return SSMParameter(
                address: PropertyReader.address(of: resource),
                name: properties.optionalString("Name"),
                value: properties.optionalString("Value"))
        }
        return ssmParameters
    }
}
