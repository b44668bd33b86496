import RempartModel
import RempartSupport

/// EC2 instances must encrypt their EBS volumes.
///
/// The first entry of `BlockDeviceMappings` is the root volume. An instance without mappings
/// (and without a launch template that has them) gets an implicit unencrypted root volume,
/// which is reported at the instance. `Ebs.Encrypted` absent means unencrypted. Entries without `Ebs`
/// (instance store, `NoDevice`) are skipped.
struct InstanceEncryptsBlockDevices: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0131",
        slug: "enable-at-rest-encryption",
        service: "ec2",
        severity: .high,
        title: LocalizedText(
            "EC2 instances encrypt their root and EBS volumes",
            fr: "Les instances EC2 chiffrent leurs volumes racine et EBS"),
        rationale: LocalizedText(
            "Unencrypted volumes and their snapshots can be read by anyone who obtains a copy, for example through a shared or leaked snapshot.",
            fr: "Les volumes non chiffrés et leurs instantanés sont lisibles par quiconque en obtient une copie, par exemple par un instantané partagé ou divulgué."),
        remediation: LocalizedText(
            "Set `Ebs.Encrypted: true` (and `Ebs.KmsKeyId` for a customer-managed key) on every entry of `BlockDeviceMappings`, starting with the root device.",
            fr: "Réglez `Ebs.Encrypted: true` (et `Ebs.KmsKeyId` pour une clé gérée par le client) sur chaque entrée de `BlockDeviceMappings`, à commencer par le périphérique racine."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0131/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-blockdev-template.html",
        ],
        limitations: LocalizedText(
            "EBS encryption by default (an account and Region setting) and encrypted AMI snapshots are not visible in a template, so such volumes are reported although AWS would encrypt them.",
            fr: "Le chiffrement EBS par défaut (un réglage du compte et de la région) et les instantanés d'AMI chiffrés n'apparaissent pas dans un modèle : ces volumes sont signalés même si AWS les chiffrerait."),
        resourceTypes: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate"],
        goodExamples: [
            .init(
                """
                Resources:
                  AppServer:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      BlockDeviceMappings:
                        - DeviceName: /dev/xvda
                          Ebs:
                            VolumeSize: 8
                            Encrypted: "true"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  AppServer:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      BlockDeviceMappings:
                        - ↓DeviceName: /dev/xvda
                          Ebs:
                            VolumeSize: 8
                        - DeviceName: /dev/sdf
                          Ebs:
                            VolumeSize: 100
                            Encrypted: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for instance in state.all(EC2Instance.self) {
            ComputeChecks.requireEncryption(
                [instance.rootBlockDevice] + instance.ebsBlockDevices, of: instance.address, into: &results)
        }
        return results.results
    }
}
