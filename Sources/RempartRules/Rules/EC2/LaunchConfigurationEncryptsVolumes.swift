import RempartModel
import RempartSupport

/// Launch configurations must encrypt the EBS volumes of the instances they start.
///
/// Reads `BlockDeviceMappings` of `AWS::AutoScaling::LaunchConfiguration`; a launch
/// configuration without mappings has nothing to check.
struct LaunchConfigurationEncryptsVolumes: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0008",
        aliases: ["CKV_AWS_8"],
        slug: "enable-launch-config-at-rest-encryption",
        service: "ec2",
        severity: .high,
        title: LocalizedText(
            "Launch configurations encrypt their EBS volumes",
            fr: "Les configurations de lancement chiffrent leurs volumes EBS"),
        rationale: LocalizedText(
            "Every instance of the Auto Scaling group gets the same volumes; unencrypted, their data and snapshots can be read by anyone who obtains a copy.",
            fr: "Chaque instance du groupe Auto Scaling reçoit les mêmes volumes ; non chiffrés, leurs données et instantanés sont lisibles par quiconque en obtient une copie."),
        remediation: LocalizedText(
            "Set `Ebs.Encrypted: true` on every entry of the launch configuration's `BlockDeviceMappings`, or move to a launch template with encrypted volumes.",
            fr: "Réglez `Ebs.Encrypted: true` sur chaque entrée de `BlockDeviceMappings` de la configuration de lancement, ou passez à un modèle de lancement aux volumes chiffrés."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0008/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-launchconfiguration-blockdevice.html",
        ],
        limitations: LocalizedText(
            "EBS encryption by default (an account and Region setting) is not visible in a template.",
            fr: "Le chiffrement EBS par défaut (un réglage du compte et de la région) n'apparaît pas dans un modèle."),
        resourceTypes: ["AWS::AutoScaling::LaunchConfiguration"],
        goodExamples: [
            .init(
                """
                Resources:
                  WorkerConfiguration:
                    Type: AWS::AutoScaling::LaunchConfiguration
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      BlockDeviceMappings:
                        - DeviceName: /dev/xvda
                          Ebs:
                            Encrypted: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  WorkerConfiguration:
                    Type: AWS::AutoScaling::LaunchConfiguration
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      BlockDeviceMappings:
                        - DeviceName: /dev/xvda
                          Ebs:
                            Encrypted: true
                        - DeviceName: /dev/sdf
                          Ebs:
                            Encrypted: ↓"false"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for configuration in state.all(LaunchConfiguration.self) {
            let devices = [configuration.rootBlockDevice].compactMap { $0 } + configuration.ebsBlockDevices
            if devices.isEmpty { results.pass(configuration.address) }
            ComputeChecks.requireEncryption(devices, of: configuration.address, into: &results)
        }
        return results.results
    }
}
