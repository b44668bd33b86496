import RempartModel
import RempartSupport

/// EBS volumes must be encrypted.
///
/// Reads `Encrypted` of `AWS::EC2::Volume`, false when absent.
struct VolumeIsEncrypted: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0026",
        aliases: ["CKV_AWS_3"],
        slug: "enable-volume-encryption",
        service: "ec2",
        severity: .high,
        title: LocalizedText("EBS volumes are encrypted", fr: "Les volumes EBS sont chiffrés"),
        rationale: LocalizedText(
            "An unencrypted volume and its snapshots can be read by anyone who obtains a copy.",
            fr: "Un volume non chiffré et ses instantanés sont lisibles par quiconque en obtient une copie."),
        remediation: LocalizedText(
            "Set `Encrypted: true` on the `AWS::EC2::Volume` (and `KmsKeyId` for a customer-managed key).",
            fr: "Réglez `Encrypted: true` sur le `AWS::EC2::Volume` (et `KmsKeyId` pour une clé gérée par le client)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0026/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volume.html",
        ],
        limitations: LocalizedText(
            "EBS encryption by default (an account and Region setting) is not visible in a template.",
            fr: "Le chiffrement EBS par défaut (un réglage du compte et de la région) n'apparaît pas dans un modèle."),
        resourceTypes: ["AWS::EC2::Volume"],
        goodExamples: [
            .init(
                """
                Resources:
                  DataVolume:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: us-east-1a
                      Size: 100
                      Encrypted: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓DataVolume:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: us-east-1a
                      Size: 100
                  LogsVolume:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: us-east-1a
                      Size: 20
                      Encrypted: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\EBSVolume.encrypted) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
