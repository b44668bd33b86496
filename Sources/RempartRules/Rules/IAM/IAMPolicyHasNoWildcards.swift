import RempartModel
import RempartSupport

/// Deprecated: policies should avoid wildcards. trivy no longer ships logic for this check;
/// RMP-AWS-0105 and RMP-AWS-0106 cover wildcard actions.
struct IAMPolicyHasNoWildcards: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0057",
        slug: "iam-no-policy-wildcards",
        service: "iam",
        severity: .high,
        title: LocalizedText(
            "IAM policies avoid wildcards",
            fr: "Les politiques IAM évitent les jokers"),
        rationale: LocalizedText(
            "Wildcards in actions or resources grant more than the task needs.",
            fr: "Les jokers dans les actions ou les ressources accordent plus que ce que la tâche exige."),
        remediation: LocalizedText(
            "List the actions and resources the principal needs in the policy document.",
            fr: "Énumérez les actions et les ressources nécessaires dans le document de politique."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/iam/avd-aws-0057/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
        ],
        limitations: LocalizedText(
            "Deprecated in trivy, whose rule has no body; it never reports anything.",
            fr: "Obsolète dans trivy, dont la règle n'a pas de corps ; elle ne signale jamais rien."),
        resourceTypes: ["AWS::IAM::Group", "AWS::IAM::Policy", "AWS::IAM::Role", "AWS::IAM::User"],
        isDeprecated: true,
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
                            Action: s3:ListBucket
                            Resource: arn:aws:s3:::reports
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
                            Action: ↓s3:*
                            Resource: '*'
                """)
        ],
        frameworks: ["cis-aws-1.4", "default"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        []
    }
}
