import RempartModel
import RempartSupport

/// Users must not have more than one active access key.
struct IAMUserHasOneActiveAccessKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0167",
        slug: "iam-limit-user-access-keys",
        service: "iam",
        severity: .low,
        title: LocalizedText(
            "IAM users have at most one active access key",
            fr: "Les utilisateurs IAM ont au plus une clé d'accès active"),
        rationale: LocalizedText(
            "A second active key is usually a forgotten one: it doubles the credentials that can leak and hides which one is in use.",
            fr: "Une deuxième clé active est souvent oubliée : elle double les identifiants qui peuvent fuir et masque celle qui sert vraiment."),
        remediation: LocalizedText(
            "Keep one `AWS::IAM::AccessKey` with `Status: Active` per user; set the others to `Inactive` or remove them.",
            fr: "Gardez une seule `AWS::IAM::AccessKey` avec `Status: Active` par utilisateur ; passez les autres à `Inactive` ou supprimez-les."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/iam/avd-aws-0167/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-accesskey.html",
        ],
        limitations: LocalizedText(
            "trivy counts a key without `Status` as inactive and links keys only by a literal user name; Rempart counts it as active, the AWS default, and also follows `Ref` to the user.",
            fr: "trivy compte une clé sans `Status` comme inactive et ne lie les clés que par un nom d'utilisateur littéral ; Rempart la compte comme active, la valeur par défaut d'AWS, et suit aussi les `Ref` vers l'utilisateur."),
        resourceTypes: ["AWS::IAM::AccessKey", "AWS::IAM::User"],
        goodExamples: [
            .init(
                """
                Resources:
                  Deployer:
                    Type: AWS::IAM::User
                  DeployerKey:
                    Type: AWS::IAM::AccessKey
                    Properties:
                      UserName: !Ref Deployer
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Deployer:
                    Type: AWS::IAM::User
                  DeployerKey:
                    Type: AWS::IAM::AccessKey
                    Properties:
                      UserName: !Ref Deployer
                  ↓DeployerSecondKey:
                    Type: AWS::IAM::AccessKey
                    Properties:
                      UserName: !Ref Deployer
                """)
        ],
        frameworks: ["cis-aws-1.4"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for user in state.all(IAMUser.self) {
            let keys = IAMUserKeys.activeKeys(of: user, in: state)
            if keys.count > 1 {
                results.fail(user.address, at: keys[1].address.origin)
            } else {
                results.pass(user.address)
            }
        }
        return results.results
    }
}
