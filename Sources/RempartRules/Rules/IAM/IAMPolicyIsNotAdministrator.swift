import RempartModel
import RempartSupport

/// Identity policies must not allow every action on every resource.
struct IAMPolicyIsNotAdministrator: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0105",
        aliases: ["CKV_AWS_62"],
        slug: "iam-no-admin-policy",
        service: "iam",
        severity: .high,
        title: LocalizedText(
            "IAM policies do not grant full administrator access",
            fr: "Les politiques IAM n'accordent pas un accès administrateur complet"),
        rationale: LocalizedText(
            "`Action: *` on `Resource: *` is full administrator access: one leaked credential then controls the whole account.",
            fr: "`Action: *` sur `Resource: *` donne un accès administrateur complet : un seul identifiant divulgué contrôle alors tout le compte."),
        remediation: LocalizedText(
            "Replace the statement by the actions and resources the principal needs, or attach AWS managed job-function policies.",
            fr: "Remplacez la déclaration par les actions et les ressources nécessaires, ou attachez des politiques gérées par AWS par fonction."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
        ],
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
                            Action: ec2:Describe*
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
                            Action: ↓'*'
                            Resource: '*'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PolicyDocumentSource.evaluate(state, ruleID: Self.metadata.id) { Self.check($0) }
    }

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        for statement in document.statements where !statement.isDeny && statement.actions.containsWildcard {
            // A missing Effect is invalid; like checkov, it is read as Allow.
            if statement.resources.containsWildcard {
                return .violation(statement.actions.origin ?? statement.origin)
            }
        }
        return .compliant
    }
}
