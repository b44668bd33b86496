import RempartModel
import RempartSupport

/// The root user must have a hardware MFA device.
///
/// CloudFormation cannot attach MFA devices, so an `AWS::IAM::User` named `root` always
/// fails; the check is meant for live audits and compliance scans.
struct IAMRootUserHasHardwareMFA: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0165",
        slug: "iam-enforce-root-hardware-mfa",
        service: "iam",
        severity: .medium,
        title: LocalizedText(
            "The root user has hardware MFA",
            fr: "L'utilisateur racine a une authentification multifacteur matérielle"),
        rationale: LocalizedText(
            "A virtual MFA device lives on a phone that can be lost, cloned or compromised; a hardware key cannot be copied remotely.",
            fr: "Un dispositif virtuel vit sur un téléphone qui peut être perdu, cloné ou compromis ; une clé matérielle ne peut pas être copiée à distance."),
        remediation: LocalizedText(
            "Register a hardware MFA device (such as a FIDO security key) for the root user in the console.",
            fr: "Enregistrez un dispositif matériel (comme une clé de sécurité FIDO) pour l'utilisateur racine dans la console."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/iam/avd-aws-0165/",
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
        frameworks: ["cis-aws-1.4"])

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
