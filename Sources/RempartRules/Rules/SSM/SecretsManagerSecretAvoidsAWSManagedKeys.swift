import RempartModel
import RempartSupport

/// Secrets Manager secrets use a key outside the AWS managed aliases.
struct SecretsManagerSecretAvoidsAWSManagedKeys: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0234", aliases: ["CKV_AWS_149"], slug: "aws-secretsmanager-no-aws-managed-key", service: "ssm",
        severity: .low,
        title: LocalizedText(
            "Secrets Manager secrets use a key outside the AWS managed aliases",
            fr: "Les secrets de Secrets Manager utilisent une clé hors des alias gérés par AWS"),
        rationale: LocalizedText(
            "AWS managed keys (`aws/…` aliases) have a fixed key policy, so any principal of the account allowed to use the service can decrypt the secret.",
            fr:
                "Les clés gérées par AWS (alias `aws/…`) ont une politique de clé fixe ; tout principal du compte autorisé à utiliser le service peut déchiffrer le secret."
        ),
        remediation: LocalizedText(
            "Set `KmsKeyId` to a customer managed KMS key, not an `aws/` alias.",
            fr: "Définissez `KmsKeyId` à une clé KMS gérée par le client, pas un alias `aws/`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/SecretManagerSecretEncrypted.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-secret.html",
        ],
        limitations: LocalizedText(
            "Unlike AVD-AWS-0098, which rejects only `alias/aws/secretsmanager`, any key ID containing `aws/` fails, as in checkov.",
            fr:
                "Contrairement à AVD-AWS-0098, qui ne rejette que `alias/aws/secretsmanager`, tout identifiant de clé contenant `aws/` échoue, comme dans checkov."
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
                      KmsKeyId: alias/database-secrets
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  DatabasePassword:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      GenerateSecretString:
                        PasswordLength: 32
                      KmsKeyId: ↓alias/aws/rds
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SecretsManagerSecret.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.kmsKeyID).then {
                verdict.require(resource.kmsKeyID) { !($0?.literal ?? "").contains("aws/") }
            }
        }
    }
}
