import RempartModel
import RempartSupport

/// Every VPC must have flow logs.
///
/// A VPC passes when an `AWS::EC2::FlowLog` of the scan names it in `ResourceId` (by `Ref`,
/// across files through `Fn::ImportValue`). When no flow log names it but one has a
/// `ResourceId` that cannot be known, the verdict is unknown.
struct VPCHasFlowLogs: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0178",
        slug: "require-vpc-flow-logs-for-all-vpcs",
        service: "ec2",
        severity: .medium,
        title: LocalizedText("VPCs have flow logs enabled", fr: "Les VPC ont des journaux de flux activés"),
        rationale: LocalizedText(
            "Without flow logs there is no record of the connections accepted or rejected in the VPC, so an intrusion or a scan cannot be investigated afterwards.",
            fr: "Sans journaux de flux, aucune trace des connexions acceptées ou rejetées dans le VPC ne subsiste : une intrusion ou un balayage ne peut pas faire l'objet d'une enquête après coup."),
        remediation: LocalizedText(
            "Add an `AWS::EC2::FlowLog` with `ResourceType: VPC`, `ResourceId: !Ref` the VPC and `TrafficType: ALL` (or `REJECT`), delivered to an encrypted S3 bucket or CloudWatch Logs group.",
            fr: "Ajoutez un `AWS::EC2::FlowLog` avec `ResourceType: VPC`, `ResourceId: !Ref` vers le VPC et `TrafficType: ALL` (ou `REJECT`), livré dans un compartiment S3 chiffré ou un groupe de journaux CloudWatch."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0178/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-flowlog.html",
        ],
        limitations: LocalizedText(
            "Only flow logs declared in the scanned templates count; a flow log created elsewhere (another tool, the console) is not seen, so scan the templates together.",
            fr: "Seuls les journaux de flux déclarés dans les modèles analysés comptent ; un journal créé ailleurs (autre outil, console) n'est pas vu, d'où l'intérêt d'analyser les modèles ensemble."),
        resourceTypes: ["AWS::EC2::VPC", "AWS::EC2::FlowLog"],
        goodExamples: [
            .init(
                """
                Resources:
                  Network:
                    Type: AWS::EC2::VPC
                    Properties:
                      CidrBlock: 10.0.0.0/16
                  NetworkFlowLog:
                    Type: AWS::EC2::FlowLog
                    Properties:
                      ResourceId: !Ref Network
                      ResourceType: VPC
                      TrafficType: REJECT
                      LogDestinationType: s3
                      LogDestination: arn:aws:s3:::example-flow-logs
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Network:
                    Type: AWS::EC2::VPC
                    Properties:
                      CidrBlock: 10.0.0.0/16
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for vpc in state.all(VPC.self) {
            if let flowLog = vpc.flowLogs.first {
                results.pass(vpc.address, at: flowLog.address.origin)
            } else if let undecided = vpc.undecidedFlowLogs.first {
                results.unknown(
                    vpc.address, reason: "flow log \(undecided.address.name) captures a resource that cannot be known",
                    at: vpc.address.origin)
            } else {
                results.fail(vpc.address, at: vpc.address.origin)
            }
        }
        return results.results
    }
}
