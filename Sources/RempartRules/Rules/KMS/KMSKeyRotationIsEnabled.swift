import RempartModel
import RempartSupport

/// Customer managed keys must rotate their key material every year.
///
/// Asymmetric keys cannot rotate automatically; they get no verdict.
struct KMSKeyRotationIsEnabled: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0100",
        aliases: ["CKV_AWS_7"],
        slug: "kms-auto-rotate-keys",
        service: "kms",
        severity: .medium,
        title: LocalizedText(
            "KMS key rotation is enabled",
            fr: "La rotation des clés KMS est activée"),
        rationale: LocalizedText(
            "Rotation limits how much data one version of the key material protects and how long a leaked copy stays useful.",
            fr: "La rotation limite la quantité de données protégées par une même version du matériel de clé et la durée d'utilité d'une copie divulguée."),
        remediation: LocalizedText(
            "Set `EnableKeyRotation: true` on the `AWS::KMS::Key`.",
            fr: "Définissez `EnableKeyRotation: true` sur la `AWS::KMS::Key`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html",
        ],
        resourceTypes: ["AWS::KMS::Key"],
        goodExamples: [
            .init(
                """
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                """),
            .init(
                """
                Resources:
                  SigningKey:
                    Type: AWS::KMS::Key
                    Properties:
                      KeySpec: RSA_4096
                      KeyUsage: SIGN_VERIFY
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      Description: application data
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for key in state.all(KMSKey.self) {
            let supportsRotation = Decision(key.supportsRotation) { $0 }
            if supportsRotation == .no { continue }
            let decision = supportsRotation.negated || Decision(key.isRotationEnabled) { $0 }
            results.record(decision, for: key.address, at: key.isRotationEnabled.origin)
        }
        return results.results
    }
}
