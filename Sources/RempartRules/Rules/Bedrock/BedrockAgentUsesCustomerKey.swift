import RempartModel
import RempartSupport

/// Bedrock agents encrypt with a customer managed key.
struct BedrockAgentUsesCustomerKey: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0231", aliases: ["CKV_AWS_373"], slug: "aws-bedrock-agent-customer-key", service: "bedrock",
        severity: .medium,
        title: LocalizedText(
            "Bedrock agents encrypt with a customer managed key",
            fr: "Les agents Bedrock chiffrent avec une clé gérée par le client"),
        rationale: LocalizedText(
            "With the AWS owned key, you cannot control or audit who may decrypt the agent's data.",
            fr:
                "Avec la clé détenue par AWS, vous ne pouvez ni contrôler ni auditer qui peut déchiffrer les données de l'agent."
        ),
        remediation: LocalizedText(
            "Set `CustomerEncryptionKeyArn` to a customer managed KMS key.",
            fr: "Définissez `CustomerEncryptionKeyArn` à une clé KMS gérée par le client."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/BedrockAgentEncrypted.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-bedrock-agent.html",
        ],
        resourceTypes: ["AWS::Bedrock::Agent"],
        goodExamples: [
            .init(
                """
                Resources:
                  Assistant:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentName: assistant
                      CustomerEncryptionKeyArn: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Assistant:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentName: assistant
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(BedrockAgent.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.customerEncryptionKeyARN)
        }
    }
}
