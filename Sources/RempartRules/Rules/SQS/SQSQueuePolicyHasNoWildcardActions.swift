import RempartModel
import RempartSupport

/// Queue policies must not allow every action (`*` or `sqs:*`).
///
/// Policies come from the `AWS::SQS::QueuePolicy` resources whose `Queues` list refers to
/// the queue with `Ref`.
struct SQSQueuePolicyHasNoWildcardActions: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0097",
        slug: "sqs-no-wildcards-in-policy-documents",
        service: "sqs",
        severity: .high,
        title: LocalizedText(
            "SQS queue policies allow a known set of actions",
            fr: "Les politiques de file SQS autorisent un ensemble connu d'actions"),
        rationale: LocalizedText(
            "`sqs:*` also grants deleting the queue, purging it and changing its policy, far beyond sending or receiving messages.",
            fr: "`sqs:*` accorde aussi la suppression de la file, sa purge et la modification de sa politique, bien au-delà de l'envoi ou de la réception de messages."),
        remediation: LocalizedText(
            "List the actions the principals need (`sqs:SendMessage`, `sqs:ReceiveMessage`, …) in the `PolicyDocument` of the `AWS::SQS::QueuePolicy`.",
            fr: "Énumérez les actions nécessaires (`sqs:SendMessage`, `sqs:ReceiveMessage`, …) dans le `PolicyDocument` de la `AWS::SQS::QueuePolicy`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/sqs/avd-aws-0097/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html",
        ],
        resourceTypes: ["AWS::SQS::Queue", "AWS::SQS::QueuePolicy"],
        goodExamples: [
            .init(
                """
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                  JobsPolicy:
                    Type: AWS::SQS::QueuePolicy
                    Properties:
                      Queues:
                        - !Ref Jobs
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal:
                              Service: sns.amazonaws.com
                            Action: sqs:SendMessage
                            Resource: '*'
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                  JobsPolicy:
                    Type: AWS::SQS::QueuePolicy
                    Properties:
                      Queues:
                        - !Ref Jobs
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: arn:aws:iam::123456789012:root
                            Action: ↓sqs:*
                            Resource: '*'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for queue in state.all(SQSQueue.self) {
            let verdict = PolicyVerdict.combine(queue.policies.map { PolicyVerdict.of($0, Self.check) })
            switch verdict {
            case .compliant: results.pass(queue.address)
            case .violation(let origin): results.fail(queue.address, at: origin)
            case .unknown(let reason, let origin): results.unknown(queue.address, reason: reason, at: origin)
            }
        }
        return results.results
    }

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        for statement in document.allowStatements where statement.actions.contains("*") || statement.actions.contains("sqs:*") {
            return .violation(statement.actions.origin ?? statement.origin)
        }
        if let statement = document.allowStatements.first(where: { $0.actions.hasUnresolved }) {
            return .unknown(statement.actions.unresolved.joined(separator: "; "), statement.origin)
        }
        return .compliant
    }
}
