import RempartModel
import RempartSupport

/// The root user must have an MFA device.
///
/// CloudFormation cannot attach MFA devices, so an `AWS::IAM::User` named `root` always
/// fails; the check is meant for live audits and compliance scans.
struct IAMRootUserHasMFA: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0142",
        slug: "iam-enforce-root-mfa",
        service: "iam",
        severity: .critical,
        title: LocalizedText(
            "The root user has MFA",
            fr: "L'utilisateur racine a l'authentification multifacteur"),
        rationale: LocalizedText(
            "The root user can do anything in the account; a password alone should never be enough to act as it.",
            fr: "L'utilisateur racine peut tout faire dans le compte ; un mot de passe seul ne devrait jamais suffire pour agir en son nom."),
        remediation: LocalizedText(
            "Enable an MFA device for the root user in the console; do not manage it from templates.",
            fr: "Activez un dispositif d'authentification multifacteur pour l'utilisateur racine dans la console ; ne le gérez pas depuis des modèles."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/iam/avd-aws-0142/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-user.html",
        ],
        resourceTypes: ["AWS::IAM::User"],
        goodExamples: [
            .init(
                """
                Resources:
                  Operator:
                    Type: AWS::IAM::User
                    Properties:
                      UserName: operator
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Root:
                    Type: AWS::IAM::User
                    Properties:
                      UserName: root
                """)
        ],
        frameworks: ["cis-aws-1.2", "cis-aws-1.4"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for user in Self.rootUsers(state) {
            results.fail(user.address, at: user.address.origin)
        }
        return results.results
    }

    /// Returns the users literally named `root`, the only case where trivy's root-account checks
    /// can fire on a template.
    private static func rootUsers(_ state: AWSState) -> [IAMUser] {
        state.all(IAMUser.self).filter { $0.name.value == .some("root") }
    }
}
