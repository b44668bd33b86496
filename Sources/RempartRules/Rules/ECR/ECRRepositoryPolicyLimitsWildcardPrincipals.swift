import RempartModel
import RempartSupport

/// ECR repository policies limit wildcard principals to the organization.
struct ECRRepositoryPolicyLimitsWildcardPrincipals: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0200", aliases: ["CKV_AWS_32"], slug: "aws-ecr-policy-no-unconditioned-wildcard-principal",
        service: "ecr",
        severity: .high,
        title: LocalizedText(
            "ECR repository policies limit wildcard principals to the organization",
            fr: "Les politiques des dépôts ECR limitent les principaux génériques à l'organisation"),
        rationale: LocalizedText(
            "A statement whose principal is `*` applies to every AWS account unless a condition on `aws:PrincipalOrgID` limits it.",
            fr:
                "Une déclaration dont le principal est `*` s'applique à tous les comptes AWS, sauf si une condition sur `aws:PrincipalOrgID` la limite."
        ),
        remediation: LocalizedText(
            "Name the allowed accounts in `RepositoryPolicyText`, or add a `StringEquals` condition on `aws:PrincipalOrgID` to statements with principal `*`.",
            fr:
                "Nommez les comptes autorisés dans `RepositoryPolicyText`, ou ajoutez une condition `StringEquals` sur `aws:PrincipalOrgID` aux déclarations de principal `*`."
        ),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/ECRPolicy.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html",
        ],
        limitations: LocalizedText(
            "As in checkov, the statement's `Effect` and actions are not read: a `Deny` statement with principal `*` also fails.",
            fr:
                "Comme dans checkov, l'`Effect` et les actions de la déclaration ne sont pas lus : une déclaration `Deny` de principal `*` échoue aussi."
        ),
        resourceTypes: ["AWS::ECR::Repository"],
        goodExamples: [
            .init(
                """
                Resources:
                  Images:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryPolicyText:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal: "*"
                            Action: [ecr:BatchGetImage]
                            Condition:
                              StringEquals:
                                aws:PrincipalOrgID: o-a1b2c3d4e5
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Images:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryPolicyText:
                        Version: "2012-10-17"
                        Statement:
                          - ↓Effect: Allow
                            Principal:
                              AWS: "*"
                            Action: [ecr:BatchGetImage]
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ECRRepository.self).map { repository in
            let verdict = Verdict(Self.metadata.id, repository.address)
            switch repository.policy.state {
            case .unknown(let reason):
                return verdict.unknown(reason, at: repository.policy.origin)
            case .known(let policy):
                let open = policy?.statements.first {
                    Self.hasWildcardPrincipal($0) && !Self.isLimitedToOrganization($0)
                }
                return open.map { verdict.failed(at: $0.origin) } ?? verdict.passed(at: repository.policy.origin)
            }
        }
    }

    /// The condition operators checkov accepts for the organization limit.
    static let equalityOperators: Set<String> = [
        "StringEquals", "ForAllValues:StringEquals", "ForAnyValue:StringEquals",
    ]

    /// Returns whether the principal is `*` or lists `*` among its AWS principals.
    private static func hasWildcardPrincipal(_ statement: PolicyStatement) -> Bool {
        guard let principal = statement.principal else { return false }
        return principal.isBareWildcard
            || principal.entries.contains { $0.kind == "AWS" && $0.values.values.contains("*") }
    }

    private static func isLimitedToOrganization(_ statement: PolicyStatement) -> Bool {
        statement.conditions.contains { equalityOperators.contains($0.operator) && $0.key == "aws:PrincipalOrgID" }
    }
}
