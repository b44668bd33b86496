import RempartModel
import RempartSupport

/// Policies must not allow `iam:PassRole` without a matching deny that filters it.
struct IAMPolicyFiltersPassRole: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0342",
        slug: "iam-filter-passrole-access",
        service: "iam",
        severity: .medium,
        title: LocalizedText(
            "IAM policies do not allow unfiltered iam:PassRole",
            fr: "Les politiques IAM n'autorisent pas iam:PassRole sans filtre"),
        rationale: LocalizedText(
            "`iam:PassRole` lets a principal hand a role to a service (EC2, Lambda, …) and then act with that role's permissions, a classic privilege escalation path.",
            fr: "`iam:PassRole` permet à un principal de confier un rôle à un service (EC2, Lambda, …) puis d'agir avec les permissions de ce rôle, un chemin classique d'élévation de privilèges."),
        remediation: LocalizedText(
            "Restrict `iam:PassRole` to the role ARNs needed and add a `Deny` statement (for example on `iam:PassedToService`) in the policy document.",
            fr: "Limitez `iam:PassRole` aux ARN de rôles nécessaires et ajoutez une déclaration `Deny` (par exemple sur `iam:PassedToService`) dans le document de politique."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/iam/avd-aws-0342/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
        ],
        limitations: LocalizedText(
            "As in trivy, only the exact action `iam:PassRole` is looked for (not `iam:*` or `*`), and any deny of it counts as a filter. trivy reads only `AWS::IAM::Policy`; Rempart also reads managed and inline policies.",
            fr: "Comme dans trivy, seule l'action exacte `iam:PassRole` est recherchée (pas `iam:*` ni `*`), et tout refus de celle-ci compte comme filtre. trivy ne lit qu'`AWS::IAM::Policy` ; Rempart lit aussi les politiques gérées et intégrées."),
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
                            Action: iam:PassRole
                            Resource: arn:aws:iam::123456789012:role/app-task
                          - Effect: Deny
                            Action: iam:PassRole
                            NotResource: arn:aws:iam::123456789012:role/app-task
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
                            Action: ↓iam:PassRole
                            Resource: '*'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PolicyDocumentSource.evaluate(state, ruleID: Self.metadata.id) { Self.check($0) }
    }

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        // An explicit deny of iam:PassRole anywhere in the document is taken as its filter.
        if document.denyStatements.contains(where: { $0.listsAction("iam:PassRole") }) { return .compliant }
        for statement in document.allowStatements where statement.listsAction("iam:PassRole") {
            return .violation(statement.actions.origin ?? statement.origin)
        }
        return .compliant
    }
}
