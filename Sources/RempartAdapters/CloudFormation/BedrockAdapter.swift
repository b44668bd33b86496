import RempartModel
import RempartTemplate

/// Reads Amazon Bedrock agents.
enum BedrockAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let bedrockAgents: [any AWSResource] = input.resources(ofType: "AWS::Bedrock::Agent").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return BedrockAgent(
                address: PropertyReader.address(of: resource),
                customerEncryptionKeyARN: properties.optionalIdentifier("CustomerEncryptionKeyArn"))
        }
        return bedrockAgents
    }
}
