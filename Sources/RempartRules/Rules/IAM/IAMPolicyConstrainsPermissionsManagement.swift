import RempartModel
import RempartSupport

/// Identity policies must not allow permissions-management actions on every resource.
struct IAMPolicyConstrainsPermissionsManagement: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0129",
        aliases: ["CKV_AWS_109"],
        slug: "iam-constrain-permissions-management",
        service: "iam",
        severity: .high,
        title: LocalizedText(
            "IAM policies constrain permissions management",
            fr: "Les politiques IAM limitent la gestion des permissions"),
        rationale: LocalizedText(
            "Actions that change policies, ACLs or credentials (`iam:PutRolePolicy`, `s3:PutBucketAcl`, `iam:ChangePassword`, …) on `*` let a principal grant itself or others anything.",
            fr: "Les actions qui modifient des politiques, des ACL ou des identifiants (`iam:PutRolePolicy`, `s3:PutBucketAcl`, `iam:ChangePassword`, …) sur `*` permettent à un principal de s'accorder, ou d'accorder à d'autres, n'importe quoi."),
        remediation: LocalizedText(
            "Name the resources in `Resource` (specific roles, users, buckets) for these actions, or remove them.",
            fr: "Nommez les ressources dans `Resource` (rôles, utilisateurs, compartiments précis) pour ces actions, ou retirez-les."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html",
        ],
        limitations: LocalizedText(
            "Access levels are read from action names (verbs such as `Put`, `Create`, `Delete`, and words such as `Policy` or `Acl`) rather than from AWS's full action table, so a few actions may be classed differently from checkov's cloudsplaining checks. Deny statements cancel grants only when they deny `*` on `*`.",
            fr: "Les niveaux d'accès sont déduits des noms d'actions (verbes comme `Put`, `Create`, `Delete`, mots comme `Policy` ou `Acl`) plutôt que de la table complète d'AWS ; quelques actions peuvent donc être classées autrement que par les vérifications cloudsplaining de checkov. Les refus n'annulent les autorisations que s'ils refusent `*` sur `*`."),
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
                            Action: iam:ChangePassword
                            Resource: arn:aws:iam::123456789012:user/alice
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
                              ↓- s3:PutBucketAcl
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
        for statement in document.allowStatements where statement.resources.containsWildcard {
            if statement.actions.values.contains(where: { IAMActionClass.permissionsManagement.includes($0) }) {
                return .violation(statement.actions.origin ?? statement.origin)
            }
        }
        return .compliant
    }
}
