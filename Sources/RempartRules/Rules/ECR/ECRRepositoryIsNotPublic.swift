import RempartModel
import RempartSupport

/// ECR repository policies grant no public access.
struct ECRRepositoryIsNotPublic: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0032", aliases: [], slug: "aws-ecr-no-public-access", service: "ecr",
        severity: .high,
        title: LocalizedText(
            "ECR repository policies grant no public access",
            fr: "Les politiques des dépôts ECR n'accordent aucun accès public"),
        rationale: LocalizedText(
            "A policy that allows every principal lets anyone pull, or even push, the repository's images.",
            fr:
                "Une politique qui autorise tout principal permet à n'importe qui de télécharger, voire d'envoyer, les images du dépôt."
        ),
        remediation: LocalizedText(
            "Name the allowed accounts or roles in `RepositoryPolicyText` instead of `\"*\"`.",
            fr: "Nommez les comptes ou rôles autorisés dans `RepositoryPolicyText` au lieu de `\"*\"`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0032",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html",
        ],
        limitations: LocalizedText(
            "As in trivy, a statement needs an `ecr:` action to fail and its `Effect` and conditions are not read; checkov fails any wildcard principal without an `aws:PrincipalOrgID` condition.",
            fr:
                "Comme dans trivy, une déclaration doit avoir une action `ecr:` pour échouer, et son `Effect` et ses conditions ne sont pas lus ; checkov échoue pour tout principal générique sans condition `aws:PrincipalOrgID`."
        ),
        resourceTypes: ["AWS::ECR::Repository"],
        goodExamples: [
            .init(
                """
                Resources:
                  Images:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: images
                      ImageTagMutability: IMMUTABLE
                      ImageScanningConfiguration:
                        ScanOnPush: true
                      EncryptionConfiguration:
                        EncryptionType: KMS
                        KmsKey: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                      RepositoryPolicyText:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: arn:aws:iam::123456789012:root
                            Action: [ecr:GetDownloadUrlForLayer, ecr:BatchGetImage]
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Images:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: images
                      RepositoryPolicyText:
                        Version: "2012-10-17"
                        Statement:
                          - ↓Effect: Allow
                            Principal: "*"
                            Action: [ecr:GetDownloadUrlForLayer, ecr:BatchGetImage]
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ECRRepository.self).map { repository in
            let verdict = Verdict(Self.metadata.id, repository.address)
            switch repository.policy.state {
            case .unknown(let reason):
                return verdict.unknown(reason, at: repository.policy.origin)
            case .known(let policy):
                let publicStatement = policy?.statements.first { statement in
                    Self.allowsAnyone(statement)
                        && statement.actions.values.contains { $0.lowercased().hasPrefix("ecr:") }
                }
                return publicStatement.map { verdict.failed(at: $0.origin) }
                    ?? verdict.passed(at: repository.policy.origin)
            }
        }
    }

    /// Returns whether the principal is `*` or lists `*` among its AWS principals, as trivy reads it.
    private static func allowsAnyone(_ statement: PolicyStatement) -> Bool {
        guard let principal = statement.principal else { return false }
        return principal.isBareWildcard
            || principal.entries.contains { $0.kind == "AWS" && $0.values.values.contains("*") }
    }
}
