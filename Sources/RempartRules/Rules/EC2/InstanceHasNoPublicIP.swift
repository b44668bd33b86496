import RempartModel
import RempartSupport

/// EC2 instances and launch templates must not ask for a public IP address on their network
/// interface.
///
/// Reads `AssociatePublicIpAddress` of the first entry of `NetworkInterfaces`, on the instance
/// or in `LaunchTemplateData`. An instance without its own value takes its launch template's.
/// Only an explicit `true` fails, because when it is absent the subnet's `MapPublicIpOnLaunch`
/// decides, and AVD-AWS-0164 checks that on the subnet.
struct InstanceHasNoPublicIP: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0238",
        aliases: ["CKV_AWS_88"],
        slug: "aws-ec2-no-public-ip",
        service: "ec2",
        severity: .high,
        title: LocalizedText(
            "EC2 instances and launch templates do not request a public IP address",
            fr: "Les instances EC2 et les modèles de lancement ne demandent pas d'adresse IP publique"),
        rationale: LocalizedText(
            "An instance with a public address is reachable from the internet as soon as one of its security group rules allows it, without going through a load balancer, a NAT gateway or a bastion.",
            fr: "Une instance dotée d'une adresse publique est joignable depuis Internet dès qu'une règle de ses groupes de sécurité le permet, sans passer par un équilibreur de charge, une passerelle NAT ou un bastion."),
        remediation: LocalizedText(
            "Set `AssociatePublicIpAddress: false` in `NetworkInterfaces` (of the instance or of `LaunchTemplateData`), or remove it and launch into a private subnet; publish services through a load balancer.",
            fr: "Réglez `AssociatePublicIpAddress: false` dans `NetworkInterfaces` (de l'instance ou de `LaunchTemplateData`), ou retirez-le et lancez l'instance dans un sous-réseau privé ; publiez les services par un équilibreur de charge."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/EC2PublicIP.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-networkinterface.html",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterface.html",
        ],
        limitations: LocalizedText(
            "Only the first network interface is read (AWS assigns a public address only to the interface at device index 0). An instance without `AssociatePublicIpAddress` passes even in a subnet that maps public addresses on launch; AVD-AWS-0164 reports that subnet. An instance that inherits `true` from its launch template fails too, located at the template's value.",
            fr: "Seule la première interface réseau est lue (AWS n'attribue une adresse publique qu'à l'interface d'index 0). Une instance sans `AssociatePublicIpAddress` réussit même dans un sous-réseau qui attribue des adresses publiques au lancement ; AVD-AWS-0164 signale ce sous-réseau. Une instance qui hérite de `true` de son modèle de lancement échoue aussi, à l'emplacement de la valeur dans le modèle."),
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
                      NetworkInterfaces:
                        - DeviceIndex: "0"
                          AssociatePublicIpAddress: false
                          SubnetId: subnet-0a1b2c3d
                  WorkerTemplate:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        ImageId: ami-0abcdef1234567890
                        NetworkInterfaces:
                          - DeviceIndex: 0
                            SubnetId: subnet-0a1b2c3d
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
                      NetworkInterfaces:
                        - DeviceIndex: "0"
                          AssociatePublicIpAddress: ↓true
                          SubnetId: subnet-0a1b2c3d
                  WorkerTemplate:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        ImageId: ami-0abcdef1234567890
                        NetworkInterfaces:
                          - DeviceIndex: 0
                            AssociatePublicIpAddress: ↓"true"
                            SubnetId: subnet-0a1b2c3d
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        let settings =
            state.all(EC2Instance.self).map { ($0.address, $0.associatesPublicIP) }
            + state.all(EC2LaunchTemplate.self).map { ($0.address, $0.associatesPublicIP) }
        for (address, associates) in settings {
            guard let associates else {
                results.pass(address)
                continue
            }
            results.record(Decision(associates) { !$0 }, for: address, at: associates.origin)
        }
        return results.results
    }
}
