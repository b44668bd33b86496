import RempartModel
import RempartTemplate

/// Reads SNS topics.
enum SNSAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::SNS::Topic").map { template, resource in
            var topic = SNSTopic(address: address(of: resource, in: template))
            topic.kmsMasterKeyID = PropertyReader(resource, file: template.file).optionalIdentifier("KmsMasterKeyId")
            return topic
        }
    }
}
