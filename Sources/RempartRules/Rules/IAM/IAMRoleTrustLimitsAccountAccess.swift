import RempartModel
import RempartSupport

/// Role trust policies must not let a whole account assume the role.
///
/// An AWS principal that is an account ID or `arn:aws:iam::ACCOUNT:root` delegates the
/// decision to every identity of that account that has `sts:AssumeRole`.
struct IAMRoleTrustLimitsAccountAccess: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0104",
        aliases: ["CKV_AWS_61"],
        slug: "iam-no-account-root-trust",
        service: "iam",
        severity: .high,
        title: LocalizedText(
            "IAM roles are not assumable by a whole account",
            fr: "Les rôles IAM ne peuvent pas être assumés par tout un compte"),
        rationale: LocalizedText(
            "Trusting an account root trusts every user and role of that account that any of its administrators allows, now or later.",
            fr: "Faire confiance à la racine d'un compte revient à faire confiance à chaque utilisateur et rôle de ce compte que ses administrateurs autorisent, maintenant ou plus tard."),
        remediation: LocalizedText(
            "Name the specific roles (`arn:aws:iam::ACCOUNT:role/NAME`) in `Principal.AWS` of the `AssumeRolePolicyDocument`.",
            fr: "Nommez les rôles précis (`arn:aws:iam::COMPTE:role/NOM`) dans `Principal.AWS` de l'`AssumeRolePolicyDocument`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html",
        ],
        limitations: LocalizedText(
            "checkov reads only the first principal of the first statement; Rempart reads every allow statement. A `Condition` such as `aws:PrincipalArn` is not taken into account. A root ARN built with `Fn::Sub` from `AWS::AccountId` is seen only when the scan is given the account ID.",
            fr: "checkov ne lit que le premier principal de la première déclaration ; Rempart lit chaque déclaration d'autorisation. Une `Condition` comme `aws:PrincipalArn` n'est pas prise en compte. Un ARN racine construit avec `Fn::Sub` à partir d'`AWS::AccountId` n'est vu que si l'analyse reçoit l'ID du compte."),
        resourceTypes: ["AWS::IAM::Role"],
        goodExamples: [
            .init(
                """
                Resources:
                  AppRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: arn:aws:iam::123456789012:role/deployer
                            Action: sts:AssumeRole
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  AppRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS:
                                ↓- arn:aws:iam::123456789012:root
                            Action: sts:AssumeRole
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for role in state.all(IAMRole.self) {
            switch PolicyVerdict.of(role.assumeRolePolicy, Self.check) {
            case .compliant: results.pass(role.address)
            case .violation(let origin): results.fail(role.address, at: origin)
            case .unknown(let reason, let origin): results.unknown(role.address, reason: reason, at: origin)
            }
        }
        return results.results
    }

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        for statement in document.allowStatements {
            guard let entry = statement.principal?.entries.first(where: { $0.kind == "AWS" }) else { continue }
            if entry.values.values.contains(where: isAccount) {
                return .violation(entry.values.origin ?? statement.origin)
            }
        }
        return .compliant
    }

    /// Returns whether a principal names a whole account: a 12-digit ID or the account's root ARN.
    private static func isAccount(_ principal: String) -> Bool {
        let isAccountID = principal.count == 12 && principal.allSatisfy(\.isNumber)
        let parts = principal.split(separator: ":", omittingEmptySubsequences: false)
        let isRootARN = parts.count == 6 && parts[0] == "arn" && parts[2] == "iam" && parts[5] == "root"
        return isAccountID || isRootARN
    }
}
