import RempartModel
import RempartSupport

/// Secrets Manager secrets are encrypted with a customer managed key.
struct SecretsManagerSecretUsesCustomerKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0098", aliases: [], slug: "aws-ssm-secret-use-customer-key", service: "ssm",
        severity: .low,
        title: LocalizedText(
            "Secrets Manager secrets are encrypted with a customer managed key",
            fr: "Les secrets de Secrets Manager sont chiffrés avec une clé gérée par le client"),
        rationale: LocalizedText(
            "With the AWS managed key, any principal of the account allowed to use Secrets Manager can decrypt the secret; a customer managed key adds a key policy.",
            fr:
                "Avec la clé gérée par AWS, tout principal du compte autorisé à utiliser Secrets Manager peut déchiffrer le secret ; une clé gérée par le client ajoute une politique de clé."
        ),
        remediation: LocalizedText(
            "Set `KmsKeyId` to a customer managed KMS key, not `alias/aws/secretsmanager`.",
            fr: "Définissez `KmsKeyId` à une clé KMS gérée par le client, pas `alias/aws/secretsmanager`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0098",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-secret.html",
        ],
        limitations: LocalizedText(
            "checkov rejects any key ID containing `aws/`; this rule, like trivy, rejects only `alias/aws/secretsmanager`.",
            fr:
                "checkov rejette tout identifiant de clé contenant `aws/` ; cette règle, comme trivy, ne rejette que `alias/aws/secretsmanager`."
        ),
        resourceTypes: ["AWS::SecretsManager::Secret"],
        goodExamples: [
            .init(
                """
                Resources:
                  DatabasePassword:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      GenerateSecretString:
                        PasswordLength: 32
                      KmsKeyId: !Ref SecretsKey
                  SecretsKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓DatabasePassword:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      GenerateSecretString:
                        PasswordLength: 32
                """),
            .init(
                """
                Resources:
                  DatabasePassword:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      GenerateSecretString:
                        PasswordLength: 32
                      KmsKeyId: ↓alias/aws/secretsmanager
                """),
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SecretsManagerSecret.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.kmsKeyID).then {
                verdict.require(resource.kmsKeyID) { $0?.literal != "alias/aws/secretsmanager" }
            }
        }
    }
}
