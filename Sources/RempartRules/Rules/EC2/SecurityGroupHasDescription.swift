import Foundation
import RempartModel
import RempartSupport

/// Every security group must have a description of its purpose.
///
/// Reads `GroupDescription`; the group named `default` is skipped, as in trivy.
struct SecurityGroupHasDescription: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0099",
        slug: "add-description-to-security-group",
        service: "ec2",
        severity: .low,
        title: LocalizedText("Security groups have a description", fr: "Les groupes de sécurité ont une description"),
        rationale: LocalizedText(
            "A description tells reviewers and responders which hosts a group protects and why, which makes stale groups easy to spot.",
            fr: "Une description indique aux réviseurs et aux intervenants quels hôtes un groupe protège et pourquoi, ce qui fait ressortir les groupes périmés."),
        remediation: LocalizedText(
            "Set `GroupDescription` to a sentence that names the hosts and the purpose of the group.",
            fr: "Donnez à `GroupDescription` une phrase qui nomme les hôtes et le rôle du groupe."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0099/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroup.html",
        ],
        resourceTypes: ["AWS::EC2::SecurityGroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  WebGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: Public web servers behind the load balancer
                      VpcId: vpc-0a1b2c3d
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓WebGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      VpcId: vpc-0a1b2c3d
                  OtherGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: ↓""
                      VpcId: vpc-0a1b2c3d
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for group in state.all(SecurityGroup.self) where group.groupName?.value != "default" {
            guard let description = group.description else {
                results.fail(group.address, at: group.address.origin)
                continue
            }
            let isMeaningful = Decision(description) { text in
                let text = text.trimmingCharacters(in: .whitespaces)
                return !text.isEmpty && text != "Managed by Terraform"
            }
            results.record(isMeaningful, for: group.address, at: description.origin)
        }
        return results.results
    }
}
