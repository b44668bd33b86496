import RempartModel
import RempartTemplate

/// Reads SQS queues and folds each `AWS::SQS::QueuePolicy` into the queues it lists.
enum SQSAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let policies = input.resources(ofType: "AWS::SQS::QueuePolicy").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            return (queues: reader.identifiers("Queues") ?? [], document: reader.policyDocument("PolicyDocument"))
        }
        return input.resources(ofType: "AWS::SQS::Queue").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            var queue = SQSQueue(address: address(of: resource, in: template))
            queue.kmsMasterKeyID = reader.optionalIdentifier("KmsMasterKeyId")
            queue.isSQSManagedSSEEnabled = reader.optionalBool("SqsManagedSseEnabled")
            for policy in policies where policy.queues.contains(where: { names(resource, in: template, $0) }) {
                queue.policies.append(policy.document)
            }
            return queue
        }
    }

    /// Whether a `Queues` entry is a `Ref` to the queue (its URL).
    private static func names(
        _ queue: ResolvedResource, in template: ResolvedTemplate, _ entry: Resolved<Identifier>
    ) -> Bool {
        guard let link = entry.value?.link else { return false }
        return link.logicalID == queue.logicalID && link.file == template.file
    }
}
