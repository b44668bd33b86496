import RempartModel
import RempartSupport

/// Subnets must not give every instance launched in them a public IP address.
///
/// Reads `MapPublicIpOnLaunch` of `AWS::EC2::Subnet`, false when absent.
struct SubnetDoesNotAssignPublicIPs: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0164",
        slug: "no-public-ip-subnet",
        service: "ec2",
        severity: .high,
        title: LocalizedText(
            "Subnets do not assign public IP addresses on launch",
            fr: "Les sous-réseaux n'attribuent pas d'adresse IP publique au lancement"),
        rationale: LocalizedText(
            "An instance that receives a public IP address by default is reachable from the internet as soon as a security group allows it, often without anyone deciding it should be.",
            fr: "Une instance qui reçoit d'office une adresse IP publique est joignable depuis Internet dès qu'un groupe de sécurité le permet, souvent sans que personne l'ait décidé."),
        remediation: LocalizedText(
            "Set `MapPublicIpOnLaunch: false` on the subnet and give the few hosts that must be reachable an explicit Elastic IP (`AWS::EC2::EIP`) or put them behind a load balancer.",
            fr: "Réglez `MapPublicIpOnLaunch: false` sur le sous-réseau et donnez aux rares hôtes qui doivent être joignables une adresse IP Elastic explicite (`AWS::EC2::EIP`), ou placez-les derrière un équilibreur de charge."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0164/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html",
        ],
        resourceTypes: ["AWS::EC2::Subnet"],
        goodExamples: [
            .init(
                """
                Resources:
                  AppSubnet:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: vpc-0a1b2c3d
                      CidrBlock: 10.0.0.0/24
                      MapPublicIpOnLaunch: false
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  PublicSubnet:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: vpc-0a1b2c3d
                      CidrBlock: 10.0.0.0/24
                      MapPublicIpOnLaunch: ↓"true"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\Subnet.mapsPublicIPOnLaunch) { !$0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
