import RempartModel
import RempartSupport

/// Identity policies must not grant a known combination of actions that lets a principal
/// raise its own privileges.
///
/// The combinations are well-known IAM privilege-escalation methods: editing or attaching
/// policies, creating credentials for other users, or passing a role to a new compute
/// resource the principal controls.
struct IAMPolicyPreventsPrivilegeEscalation: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0132",
        aliases: ["CKV_AWS_110"],
        slug: "iam-no-privilege-escalation",
        service: "iam",
        severity: .high,
        title: LocalizedText(
            "IAM policies do not allow privilege escalation",
            fr: "Les politiques IAM ne permettent pas l'élévation de privilèges"),
        rationale: LocalizedText(
            "With one of these combinations a principal can turn its permissions into any permission in the account, so its nominal limits protect nothing.",
            fr: "Avec l'une de ces combinaisons, un principal peut transformer ses permissions en n'importe quelle permission du compte : ses limites nominales ne protègent plus rien."),
        remediation: LocalizedText(
            "Remove one action of the combination, or restrict it with `Resource` and `Condition` (for example `iam:PassedToService`) to what the principal needs.",
            fr: "Retirez une action de la combinaison, ou restreignez-la avec `Resource` et `Condition` (par exemple `iam:PassedToService`) à ce dont le principal a besoin."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
        ],
        limitations: LocalizedText(
            "Each document is read on its own: a combination split over two policies of one principal is not seen. checkov's check has no test data.",
            fr: "Chaque document est lu seul : une combinaison répartie sur deux politiques d'un même principal n'est pas vue. La vérification de checkov n'a pas de données de test."),
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
                            Action:
                              - lambda:InvokeFunction
                              - lambda:GetFunction
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
                              ↓- iam:PassRole
                              - ec2:RunInstances
                            Resource: '*'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PolicyDocumentSource.evaluate(state, ruleID: Self.metadata.id) { Self.check($0) }
    }

    /// Action sets that each allow an escalation, from the well-known IAM escalation methods.
    private static let escalations: [[String]] = [
        ["iam:CreatePolicyVersion"], ["iam:SetDefaultPolicyVersion"], ["iam:CreateAccessKey"],
        ["iam:CreateLoginProfile"], ["iam:UpdateLoginProfile"], ["iam:AttachUserPolicy"], ["iam:AttachGroupPolicy"],
        ["iam:AttachRolePolicy", "sts:AssumeRole"], ["iam:PutUserPolicy"], ["iam:PutGroupPolicy"],
        ["iam:PutRolePolicy", "sts:AssumeRole"], ["iam:AddUserToGroup"], ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"],
        ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"],
        ["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"],
        ["iam:PassRole", "glue:CreateDevEndpoint"], ["glue:UpdateDevEndpoint"],
        ["iam:PassRole", "cloudformation:CreateStack"], ["iam:PassRole", "datapipeline:CreatePipeline"],
        ["lambda:UpdateFunctionCode"], ["iam:PassRole", "ec2:RunInstances"],
        ["iam:PassRole", "codestar:CreateProject"], ["iam:PassRole", "sagemaker:CreateNotebookInstance"],
        ["sagemaker:CreatePresignedNotebookInstanceUrl"],
    ]

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        if document.denyStatements.contains(where: { $0.actions.containsWildcard && $0.resources.containsWildcard }) {
            return .compliant
        }
        let allows = document.allowStatements
        for escalation in escalations {
            let grantors = escalation.compactMap { action in allows.first { $0.allowsAction(matching: action) } }
            if grantors.count == escalation.count, let first = grantors.first {
                return .violation(first.actions.origin ?? first.origin)
            }
        }
        return .compliant
    }
}
