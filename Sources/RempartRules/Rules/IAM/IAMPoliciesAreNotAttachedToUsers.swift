import RempartModel
import RempartSupport

/// Permissions must be granted to groups and roles, not directly to users.
///
/// Users fail when they declare `Policies` or `ManagedPolicyArns`; an `AWS::IAM::Policy` or
/// `AWS::IAM::ManagedPolicy` fails when its `Users` list is not empty.
struct IAMPoliciesAreNotAttachedToUsers: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0143",
        aliases: ["CKV_AWS_40"],
        slug: "iam-no-user-attached-policies",
        service: "iam",
        severity: .low,
        title: LocalizedText(
            "IAM policies are not attached directly to users",
            fr: "Les politiques IAM ne sont pas attachées directement aux utilisateurs"),
        rationale: LocalizedText(
            "Permissions scattered over individual users are hard to review and tend to outlive the user's role; groups and roles keep them in one place.",
            fr: "Des permissions dispersées sur des utilisateurs sont difficiles à examiner et survivent souvent au rôle de la personne ; les groupes et les rôles les gardent au même endroit."),
        remediation: LocalizedText(
            "Move the user's `Policies` and `ManagedPolicyArns` to an `AWS::IAM::Group` and add the user to it; replace `Users` by `Groups` on policy resources.",
            fr: "Déplacez les `Policies` et `ManagedPolicyArns` de l'utilisateur vers un `AWS::IAM::Group` et ajoutez-y l'utilisateur ; remplacez `Users` par `Groups` sur les ressources de politique."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/iam/avd-aws-0143/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-user.html",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
        ],
        limitations: LocalizedText(
            "trivy reads only the inline `Policies` of users, checkov only the `Users` of `AWS::IAM::Policy`; Rempart reads both, plus `ManagedPolicyArns` and managed policies.",
            fr: "trivy ne lit que les `Policies` intégrées des utilisateurs, checkov que les `Users` d'`AWS::IAM::Policy` ; Rempart lit les deux, ainsi que `ManagedPolicyArns` et les politiques gérées."),
        resourceTypes: ["AWS::IAM::User", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"],
        goodExamples: [
            .init(
                """
                Resources:
                  Analysts:
                    Type: AWS::IAM::Group
                    Properties:
                      ManagedPolicyArns:
                        - arn:aws:iam::aws:policy/ReadOnlyAccess
                  Alice:
                    Type: AWS::IAM::User
                    Properties:
                      Groups:
                        - !Ref Analysts
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Alice:
                    Type: AWS::IAM::User
                    Properties:
                      ManagedPolicyArns:
                        - ↓arn:aws:iam::aws:policy/ReadOnlyAccess
                """),
            .init(
                """
                Resources:
                  ReadReports:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: read-reports
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action: s3:GetObject
                            Resource: arn:aws:s3:::reports/*
                      Users:
                        - ↓alice
                """)
        ],
        frameworks: ["cis-aws-1.2", "cis-aws-1.4", "default"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for user in state.all(IAMUser.self) {
            if let policy = user.inlinePolicies.first {
                results.fail(user.address, at: policy.origin)
            } else if let arn = user.managedPolicyARNs.first {
                results.fail(user.address, at: arn.origin)
            } else {
                results.pass(user.address)
            }
        }
        for policy in state.all(IAMPolicy.self) {
            if let user = policy.users.first {
                results.fail(policy.address, at: user.origin)
            } else {
                results.pass(policy.address)
            }
        }
        return results.results
    }
}
