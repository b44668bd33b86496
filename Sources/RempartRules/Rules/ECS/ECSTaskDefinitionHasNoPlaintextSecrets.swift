import RempartModel
import RempartSupport

/// ECS task definitions keep secrets out of environment variables.
struct ECSTaskDefinitionHasNoPlaintextSecrets: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0036", aliases: [], slug: "aws-ecs-no-plaintext-secrets", service: "ecs",
        severity: .critical,
        title: LocalizedText(
            "ECS task definitions keep secrets out of environment variables",
            fr: "Les définitions de tâche ECS gardent les secrets hors des variables d'environnement"),
        rationale: LocalizedText(
            "Plain environment variables are visible to anyone who can describe the task definition, so passwords and keys there are exposed.",
            fr:
                "Les variables d'environnement en clair sont visibles par quiconque peut décrire la définition de tâche ; les mots de passe et clés y sont exposés."
        ),
        remediation: LocalizedText(
            "Move the value to Secrets Manager or Parameter Store and reference it in the container's `Secrets` list instead of `Environment`.",
            fr:
                "Placez la valeur dans Secrets Manager ou Parameter Store et référencez-la dans la liste `Secrets` du conteneur au lieu de `Environment`."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0036",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
        ],
        limitations: LocalizedText(
            "trivy scans values with its full secret rules; this rule recognizes sensitive variable names (password, secret, token, private_key, api_key, AWS key names) and common secret formats (AWS access keys, private keys, GitHub and Slack tokens).",
            fr:
                "trivy analyse les valeurs avec toutes ses règles de secrets ; cette règle reconnaît les noms sensibles (password, secret, token, private_key, api_key, noms des clés AWS) et les formats courants (clés d'accès AWS, clés privées, jetons GitHub et Slack)."
        ),
        resourceTypes: ["AWS::ECS::TaskDefinition"],
        goodExamples: [
            .init(
                """
                Resources:
                  Worker:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: worker
                          Image: public.ecr.aws/docker/library/busybox:latest
                          Environment:
                            - Name: LOG_LEVEL
                              Value: info
                          Secrets:
                            - Name: DB_PASSWORD
                              ValueFrom: arn:aws:secretsmanager:us-east-1:123456789012:secret:db
                      Volumes:
                        - Name: shared
                          EFSVolumeConfiguration:
                            FilesystemId: fs-0123456789abcdef0
                            TransitEncryption: ENABLED
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Worker:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - ↓Name: worker
                          Image: public.ecr.aws/docker/library/busybox:latest
                          Environment:
                            - Name: DB_PASSWORD
                              Value: hunter2
                """),
            .init(
                """
                Resources:
                  Worker:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - ↓Name: worker
                          Image: public.ecr.aws/docker/library/busybox:latest
                          Environment:
                            - Name: KEY_ID
                              Value: AKIAIOSFODNN7EXAMPLE
                """),
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ECSTaskDefinition.self).map { task in
            let verdict = Verdict(Self.metadata.id, task.address)
            switch task.containers.state {
            case .unknown(let reason):
                return verdict.unknown(reason, at: task.containers.origin)
            case .known(let containers):
                let results = containers.map { container in
                    verdict.combine(
                        container.environment.map { variable in
                            verdict.require(variable.name) { !Self.isSensitiveName($0 ?? "") }.then {
                                verdict.require(variable.value) { SecretDetector.firstSecret(in: $0 ?? "") == nil }
                            }
                        }
                    ).pointing(at: container.origin)
                }
                return verdict.combine(results.isEmpty ? [verdict.passed(at: task.address.origin)] : results)
            }
        }
    }

    /// The name fragments trivy treats as sensitive.
    static let sensitiveTokens = [
        "password", "secret", "private_key", "aws_access_key_id", "aws_secret_access_key", "token", "api_key",
    ]

    /// Returns whether an environment variable name suggests a secret, as trivy decides: the name
    /// is a sensitive token, or contains one without starting with `token_type` or `version`.
    static func isSensitiveName(_ name: String) -> Bool {
        let lower = name.lowercased()
        if sensitiveTokens.contains(lower) { return true }
        let isAllowed = ["token_type", "version"].contains { lower.hasPrefix($0) }
        return !isAllowed && sensitiveTokens.contains { lower.contains($0) }
    }
}
