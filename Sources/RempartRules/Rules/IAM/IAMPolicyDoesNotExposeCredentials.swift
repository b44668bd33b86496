import RempartModel
import RempartSupport

/// Identity policies must not allow actions that create or return credentials.
struct IAMPolicyDoesNotExposeCredentials: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0128",
        aliases: ["CKV_AWS_107"],
        slug: "iam-no-credentials-exposure",
        service: "iam",
        severity: .high,
        title: LocalizedText(
            "IAM policies do not allow credentials exposure",
            fr: "Les politiques IAM ne permettent pas d'exposer des identifiants"),
        rationale: LocalizedText(
            "Actions such as `iam:CreateAccessKey` or `sts:GetFederationToken` hand out new credentials, which outlive the session that asked for them and let an intruder persist.",
            fr: "Des actions comme `iam:CreateAccessKey` ou `sts:GetFederationToken` délivrent de nouveaux identifiants, qui survivent à la session qui les a demandés et permettent à un intrus de persister."),
        remediation: LocalizedText(
            "Remove those actions from the policy, or scope them with `Resource` and `Condition` to the principals that need them.",
            fr: "Retirez ces actions de la politique, ou limitez-les avec `Resource` et `Condition` aux principaux qui en ont besoin."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html",
        ],
        limitations: LocalizedText(
            "`ecr:GetAuthorizationToken` is allowed, as in checkov, because every image pull needs it. Access levels are read from action names (verbs such as `Put`, `Create`, `Delete`, and words such as `Policy` or `Acl`) rather than from AWS's full action table, so a few actions may be classed differently from checkov's cloudsplaining checks. Deny statements cancel grants only when they deny `*` on `*`.",
            fr: "`ecr:GetAuthorizationToken` est permise, comme dans checkov, car chaque téléchargement d'image en a besoin. Les niveaux d'accès sont déduits des noms d'actions (verbes comme `Put`, `Create`, `Delete`, mots comme `Policy` ou `Acl`) plutôt que de la table complète d'AWS ; quelques actions peuvent donc être classées autrement que par les vérifications cloudsplaining de checkov. Les refus n'annulent les autorisations que s'ils refusent `*` sur `*`."),
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
                            Action: ecr:GetAuthorizationToken
                            Resource: '*'
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
                              ↓- iam:CreateAccessKey
                            Resource: '*'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PolicyDocumentSource.evaluate(state, ruleID: Self.metadata.id) { Self.check($0) }
    }

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        // An explicit deny of every action on every resource cancels the document's grants.
        if document.denyStatements.contains(where: { $0.actions.containsWildcard && $0.resources.containsWildcard }) {
            return .compliant
        }
        for statement in document.allowStatements {
            if statement.actions.values.contains(where: { IAMActionClass.credentialsExposure.includes($0) && $0.lowercased() != "ecr:getauthorizationtoken" }) {
                return .violation(statement.actions.origin ?? statement.origin)
            }
        }
        return .compliant
    }
}
