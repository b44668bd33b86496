import RempartModel
import RempartSupport

/// Identity policies must not allow reading objects, parameters or secrets on every resource.
struct IAMPolicyPreventsDataExfiltration: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0131",
        aliases: ["CKV_AWS_108"],
        slug: "iam-no-data-exfiltration",
        service: "iam",
        severity: .high,
        title: LocalizedText(
            "IAM policies do not allow unconstrained data exfiltration",
            fr: "Les politiques IAM ne permettent pas l'exfiltration de données sans contrainte"),
        rationale: LocalizedText(
            "`s3:GetObject`, `ssm:GetParameter*` and `secretsmanager:GetSecretValue` on `*` read every object, parameter and secret of the account, the usual way data leaves after a credential leak.",
            fr: "`s3:GetObject`, `ssm:GetParameter*` et `secretsmanager:GetSecretValue` sur `*` lisent chaque objet, paramètre et secret du compte, le chemin habituel des données après une fuite d'identifiants."),
        remediation: LocalizedText(
            "Name the buckets, parameter paths and secrets in `Resource` for these actions.",
            fr: "Nommez les compartiments, les chemins de paramètres et les secrets dans `Resource` pour ces actions."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html",
        ],
        limitations: LocalizedText(
            "checkov's check has no test data; the action list follows cloudsplaining's data exfiltration actions.",
            fr: "La vérification de checkov n'a pas de données de test ; la liste d'actions suit les actions d'exfiltration de cloudsplaining."),
        resourceTypes: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"],
        goodExamples: [
            .init(
                """
                Resources:
                  AppPolicy:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: app
                      Roles:
                        - app-role
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action: secretsmanager:GetSecretValue
                            Resource: arn:aws:secretsmanager:us-east-1:123456789012:secret:app-*
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  AppPolicy:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: app
                      Roles:
                        - app-role
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action:
                              ↓- ssm:GetParameters
                            Resource: '*'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PolicyDocumentSource.evaluate(state, ruleID: Self.metadata.id) { Self.check($0) }
    }

    /// Actions that read stored data or secrets.
    private static let exfiltrationActions = [
        "s3:GetObject", "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "secretsmanager:GetSecretValue",
    ]

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        // An explicit deny of every action on every resource cancels the document's grants.
        if document.denyStatements.contains(where: { $0.actions.containsWildcard && $0.resources.containsWildcard }) {
            return .compliant
        }
        for statement in document.allowStatements where statement.resources.containsWildcard {
            let grants = exfiltrationActions.contains { action in statement.allowsAction(matching: action) }
            if grants { return .violation(statement.actions.origin ?? statement.origin) }
        }
        return .compliant
    }
}
