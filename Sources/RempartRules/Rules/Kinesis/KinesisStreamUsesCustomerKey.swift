import RempartModel
import RempartSupport

/// Kinesis streams encrypt records with a KMS key.
///
/// trivy's long ID calls this in-transit encryption, but the check reads the stream's server-side (at rest)
/// encryption.
struct KinesisStreamUsesCustomerKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0064", aliases: ["CKV_AWS_43"], slug: "aws-kinesis-enable-in-transit-encryption",
        service: "kinesis",
        severity: .high,
        title: LocalizedText(
            "Kinesis streams encrypt records with a KMS key",
            fr: "Les flux Kinesis chiffrent les enregistrements avec une clé KMS"),
        rationale: LocalizedText(
            "Records of an unencrypted stream are stored in clear text for the whole retention period.",
            fr:
                "Les enregistrements d'un flux non chiffré sont stockés en clair pendant toute la période de conservation."
        ),
        remediation: LocalizedText(
            "Set `StreamEncryption.EncryptionType` to `KMS` and `StreamEncryption.KeyId` to a KMS key.",
            fr: "Définissez `StreamEncryption.EncryptionType` à `KMS` et `StreamEncryption.KeyId` à une clé KMS."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0064",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesis-stream-streamencryption.html",
        ],
        resourceTypes: ["AWS::Kinesis::Stream"],
        goodExamples: [
            .init(
                """
                Resources:
                  Events:
                    Type: AWS::Kinesis::Stream
                    Properties:
                      ShardCount: 1
                      StreamEncryption:
                        EncryptionType: KMS
                        KeyId: alias/events
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Events:
                    Type: AWS::Kinesis::Stream
                    Properties:
                      ShardCount: 1
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(KinesisStream.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.encryptionType) { $0 == "KMS" }.then {
                verdict.requireSet(resource.kmsKeyID)
            }
        }
    }
}
