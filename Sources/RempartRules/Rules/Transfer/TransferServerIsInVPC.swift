import RempartModel
import RempartSupport

/// Transfer Family servers use a VPC endpoint.
struct TransferServerIsInVPC: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0218", aliases: ["CKV_AWS_164"], slug: "aws-transfer-server-not-public", service: "transfer",
        severity: .medium,
        title: LocalizedText(
            "Transfer Family servers use a VPC endpoint",
            fr: "Les serveurs Transfer Family utilisent un point de terminaison VPC"),
        rationale: LocalizedText(
            "A public endpoint exposes the file transfer service to the whole internet.",
            fr: "Un point de terminaison public expose le service de transfert de fichiers à tout Internet."),
        remediation: LocalizedText(
            "Set `EndpointType` to `VPC` with `EndpointDetails`.",
            fr: "Définissez `EndpointType` à `VPC` avec `EndpointDetails`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/TransferServerIsPublic.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-transfer-server.html",
        ],
        resourceTypes: ["AWS::Transfer::Server"],
        goodExamples: [
            .init(
                """
                Resources:
                  Files:
                    Type: AWS::Transfer::Server
                    Properties:
                      EndpointType: VPC
                      EndpointDetails:
                        VpcId: vpc-0123456789abcdef0
                        SubnetIds: [subnet-0123456789abcdef0]
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Files:
                    Type: AWS::Transfer::Server
                    Properties:
                      EndpointType: ↓PUBLIC
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(TransferServer.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.endpointType) { $0 == "VPC" || $0 == "VPC_ENDPOINT" }
        }
    }
}
