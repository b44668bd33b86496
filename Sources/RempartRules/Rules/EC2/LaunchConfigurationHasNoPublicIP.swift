import RempartModel
import RempartSupport

/// Launch configurations must not give their instances public IP addresses.
///
/// Reads `AssociatePublicIpAddress` of `AWS::AutoScaling::LaunchConfiguration`; only an
/// explicit `true` fails (absent, the subnet decides).
struct LaunchConfigurationHasNoPublicIP: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0009",
        slug: "no-public-ip",
        service: "ec2",
        severity: .high,
        title: LocalizedText(
            "Launch configurations do not assign public IP addresses",
            fr: "Les configurations de lancement n'attribuent pas d'adresse IP publique"),
        rationale: LocalizedText(
            "Instances with public addresses are directly reachable from the internet, so one permissive security group exposes the whole Auto Scaling group.",
            fr: "Les instances dotées d'une adresse publique sont directement joignables depuis Internet : un seul groupe de sécurité permissif expose tout le groupe Auto Scaling."),
        remediation: LocalizedText(
            "Set `AssociatePublicIpAddress: false` (or remove it) and place the instances in private subnets behind a load balancer.",
            fr: "Réglez `AssociatePublicIpAddress: false` (ou retirez-le) et placez les instances dans des sous-réseaux privés derrière un équilibreur de charge."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0009/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-launchconfiguration.html",
        ],
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
                      AssociatePublicIpAddress: false
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
                      AssociatePublicIpAddress: ↓true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for configuration in state.all(LaunchConfiguration.self) {
            guard let associates = configuration.associatesPublicIP else {
                results.pass(configuration.address)
                continue
            }
            results.record(Decision(associates) { !$0 }, for: configuration.address, at: associates.origin)
        }
        return results.results
    }
}
