import RempartModel
import RempartSupport

/// The root user must not have active access keys.
///
/// A template cannot manage the account root user; like trivy, Rempart reads an
/// `AWS::IAM::User` named `root` as that user.
struct IAMRootUserHasNoAccessKeys: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0141",
        slug: "iam-no-root-access-keys",
        service: "iam",
        severity: .critical,
        title: LocalizedText(
            "The root user has no active access keys",
            fr: "L'utilisateur racine n'a pas de clé d'accès active"),
        rationale: LocalizedText(
            "Root access keys give unrestricted programmatic access to the whole account, and no policy can limit them.",
            fr: "Les clés d'accès racine donnent un accès programmatique illimité à tout le compte, et aucune politique ne peut les restreindre."),
        remediation: LocalizedText(
            "Remove the `AWS::IAM::AccessKey` of the root user and use roles for programmatic access.",
            fr: "Supprimez l'`AWS::IAM::AccessKey` de l'utilisateur racine et utilisez des rôles pour l'accès programmatique."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/iam/avd-aws-0141/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-accesskey.html",
        ],
        resourceTypes: ["AWS::IAM::AccessKey", "AWS::IAM::User"],
        goodExamples: [
            .init(
                """
                Resources:
                  Root:
                    Type: AWS::IAM::User
                    Properties:
                      UserName: root
                  RootKey:
                    Type: AWS::IAM::AccessKey
                    Properties:
                      UserName: root
                      Status: Inactive
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Root:
                    Type: AWS::IAM::User
                    Properties:
                      UserName: root
                  ↓RootKey:
                    Type: AWS::IAM::AccessKey
                    Properties:
                      UserName: root
                """)
        ],
        frameworks: ["cis-aws-1.2", "cis-aws-1.4", "default"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for user in Self.rootUsers(state) {
            let keys = IAMUserKeys.activeKeys(of: user, in: state)
            if let key = keys.first {
                results.fail(user.address, at: key.status.isExplicit ? key.status.origin : key.address.origin)
            } else {
                results.pass(user.address)
            }
        }
        return results.results
    }

    /// Returns the users literally named `root`, the only case where trivy's root-account checks
    /// can fire on a template.
    private static func rootUsers(_ state: AWSState) -> [IAMUser] {
        state.all(IAMUser.self).filter { $0.name.value == .some("root") }
    }
}
