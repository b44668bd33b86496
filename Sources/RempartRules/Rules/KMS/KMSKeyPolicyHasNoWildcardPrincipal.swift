import RempartModel
import RempartSupport

/// Key policies must not allow every principal (`*`) to use or manage the key.
struct KMSKeyPolicyHasNoWildcardPrincipal: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0101",
        aliases: ["CKV_AWS_33"],
        slug: "kms-no-wildcard-principal",
        service: "kms",
        severity: .high,
        title: LocalizedText(
            "KMS key policies do not allow any principal",
            fr: "Les politiques de clé KMS n'autorisent pas n'importe quel principal"),
        rationale: LocalizedText(
            "A key policy statement with principal `*` lets any AWS account use or administer the key unless its conditions hold it back.",
            fr: "Une déclaration de politique de clé avec le principal `*` permet à n'importe quel compte AWS d'utiliser ou d'administrer la clé, sauf si ses conditions l'en empêchent."),
        remediation: LocalizedText(
            "Name the account root or specific roles in `Principal` of the `KeyPolicy` statements of the `AWS::KMS::Key`.",
            fr: "Nommez la racine du compte ou des rôles précis dans `Principal` des déclarations de `KeyPolicy` de la `AWS::KMS::Key`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html",
        ],
        limitations: LocalizedText(
            "Like checkov, a statement is reported even when a `Condition` (such as `kms:CallerAccount`) narrows the wildcard.",
            fr: "Comme checkov, une déclaration est signalée même si une `Condition` (comme `kms:CallerAccount`) restreint le joker."),
        resourceTypes: ["AWS::KMS::Key"],
        goodExamples: [
            .init(
                """
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                      KeyPolicy:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: arn:aws:iam::123456789012:root
                            Action: kms:*
                            Resource: '*'
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                      KeyPolicy:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: ↓'*'
                            Action: kms:*
                            Resource: '*'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for key in state.all(KMSKey.self) {
            switch PolicyVerdict.of(key.keyPolicy, Self.check) {
            case .compliant: results.pass(key.address)
            case .violation(let origin): results.fail(key.address, at: origin)
            case .unknown(let reason, let origin): results.unknown(key.address, reason: reason, at: origin)
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
