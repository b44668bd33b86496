import RempartModel
import RempartSupport

/// Identity policies must not allow the action `*`.
struct IAMPolicyHasNoWildcardAction: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0106",
        aliases: ["CKV_AWS_63"],
        slug: "iam-no-wildcard-action",
        service: "iam",
        severity: .high,
        title: LocalizedText(
            "IAM policies do not allow every action",
            fr: "Les politiques IAM n'autorisent pas toutes les actions"),
        rationale: LocalizedText(
            "`Action: *` grants every current and future action of every service on the statement's resources.",
            fr: "`Action: *` accorde toutes les actions actuelles et futures de chaque service sur les ressources de la déclaration."),
        remediation: LocalizedText(
            "List the actions the principal needs in `Action`.",
            fr: "Énumérez les actions nécessaires dans `Action`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
        ],
        limitations: LocalizedText(
            "checkov stops at the first statement of each document; Rempart reads them all.",
            fr: "checkov s'arrête à la première déclaration de chaque document ; Rempart les lit toutes."),
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
                            Action: s3:GetObject
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
                            Resource: arn:aws:s3:::reports/*
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PolicyDocumentSource.evaluate(state, ruleID: Self.metadata.id) { Self.check($0) }
    }

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        for statement in document.statements where !statement.isDeny && statement.actions.containsWildcard {
            return .violation(statement.actions.origin ?? statement.origin)
        }
        return .compliant
    }
}
