import RempartModel
import RempartSupport

/// Groups must have an inline policy whose conditions test `aws:MultiFactorAuthPresent`.
struct IAMGroupRequiresMFA: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0123",
        slug: "iam-enforce-group-mfa",
        service: "iam",
        severity: .medium,
        title: LocalizedText(
            "IAM groups enforce multi-factor authentication",
            fr: "Les groupes IAM imposent l'authentification multifacteur"),
        rationale: LocalizedText(
            "Without a condition on MFA, a stolen password alone is enough to use the group's permissions.",
            fr: "Sans condition sur l'authentification multifacteur, un mot de passe volé suffit pour utiliser les permissions du groupe."),
        remediation: LocalizedText(
            "Add to the `AWS::IAM::Group`'s `Policies` a statement that denies actions when `aws:MultiFactorAuthPresent` is false (`BoolIfExists`).",
            fr: "Ajoutez aux `Policies` de l'`AWS::IAM::Group` une déclaration qui refuse les actions quand `aws:MultiFactorAuthPresent` est faux (`BoolIfExists`)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/iam/avd-aws-0123/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-group.html",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage.html",
        ],
        limitations: LocalizedText(
            "Only inline policies are read; an attached managed policy that enforces MFA is not seen.",
            fr: "Seules les politiques intégrées sont lues ; une politique gérée attachée qui impose l'authentification multifacteur n'est pas vue."),
        resourceTypes: ["AWS::IAM::Group"],
        goodExamples: [
            .init(
                """
                Resources:
                  Admins:
                    Type: AWS::IAM::Group
                    Properties:
                      Policies:
                        - PolicyName: require-mfa
                          PolicyDocument:
                            Version: "2012-10-17"
                            Statement:
                              - Effect: Deny
                                NotAction: iam:ChangePassword
                                Resource: '*'
                                Condition:
                                  BoolIfExists:
                                    aws:MultiFactorAuthPresent: "false"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Admins:
                    Type: AWS::IAM::Group
                    Properties:
                      ManagedPolicyArns:
                        - arn:aws:iam::aws:policy/ReadOnlyAccess
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for group in state.all(IAMGroup.self) {
            var decision = Decision.no
            for policy in group.inlinePolicies {
                decision = decision || Decision(policy.document) { document in
                    document.statements.contains { $0.hasConditionKey("aws:MultiFactorAuthPresent") }
                }
            }
            results.record(decision, for: group.address, at: group.address.origin)
        }
        return results.results
    }
}
