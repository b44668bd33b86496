import RempartModel
import RempartSupport

/// Role trust policies must not let every AWS principal (`*`) assume the role.
struct IAMRoleTrustIsNotPublic: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0103",
        aliases: ["CKV_AWS_60"],
        slug: "iam-no-public-assume-role",
        service: "iam",
        severity: .critical,
        title: LocalizedText(
            "IAM roles cannot be assumed by any principal",
            fr: "Les rôles IAM ne peuvent pas être assumés par n'importe quel principal"),
        rationale: LocalizedText(
            "A trust policy with principal `*` lets any AWS account assume the role, unless a condition stops it.",
            fr: "Une politique d'approbation avec le principal `*` permet à n'importe quel compte AWS d'assumer le rôle, sauf si une condition l'en empêche."),
        remediation: LocalizedText(
            "Name the accounts, roles or services allowed in `Principal` of the `AssumeRolePolicyDocument` of the `AWS::IAM::Role`.",
            fr: "Nommez les comptes, rôles ou services autorisés dans `Principal` de l'`AssumeRolePolicyDocument` de l'`AWS::IAM::Role`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html",
        ],
        limitations: LocalizedText(
            "As in checkov, a statement is reported even when a `Condition` narrows the wildcard.",
            fr: "Comme dans checkov, une déclaration est signalée même si une `Condition` restreint le joker."),
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
                              Service: ec2.amazonaws.com
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
                              AWS: ↓'*'
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
        var verdict = PolicyVerdict.compliant
        for statement in document.statements where !statement.isDeny {
            guard let principal = statement.principal else { continue }
            if principal.isEveryone {
                let origin = principal.entries.first { $0.values.containsWildcard }?.values.origin ?? principal.origin
                return .violation(origin)
            }
            if principal.hasUnresolved {
                verdict = .unknown(principal.unresolved ?? "a principal is unknown", principal.origin)
            }
        }
        return verdict
    }
}
