import RempartModel
import RempartSupport

/// Every VPC flow log must be active.
///
/// Reads `FlowLogStatus` from `DescribeFlowLogs`. Live-only: a flow log whose destination was
/// deleted or whose delivery role lost its permissions still exists but delivers nothing, and
/// only the account shows it. A flow log without a status (from a template) is undecided.
struct FlowLogIsActive: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0402",
        slug: "flow-log-is-active",
        service: "ec2",
        severity: .medium,
        title: LocalizedText("VPC flow logs are active", fr: "Les journaux de flux VPC sont actifs"),
        rationale: LocalizedText(
            "A flow log that is not active delivers no records, so the VPC looks monitored while no connection is recorded.",
            fr: "Un journal de flux inactif ne livre aucun enregistrement : le VPC semble surveillé alors qu'aucune connexion n'est consignée."),
        remediation: LocalizedText(
            "Check the flow log's `DeliverLogsErrorMessage`, restore its destination (bucket or log group) and delivery permissions, or delete it and create it again.",
            fr: "Consultez le `DeliverLogsErrorMessage` du journal de flux, rétablissez sa destination (compartiment ou groupe de journaux) et ses permissions de livraison, ou supprimez-le et recréez-le."),
        links: [
            "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
            "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_FlowLog.html",
        ],
        limitations: LocalizedText(
            "Runs only when auditing a live account; templates have no flow log status.",
            fr: "S'exécute seulement lors de l'audit d'un compte réel ; les modèles n'ont pas d'état de journal de flux."),
        resourceTypes: ["AWS::EC2::FlowLog"],
        scope: .liveOnly,
        goodExamples: [
            .init(
                """
                Resources:
                  NetworkFlowLog:
                    Type: AWS::EC2::FlowLog
                    Properties:
                      ResourceId: vpc-0a1b2c3d
                      ResourceType: VPC
                      TrafficType: REJECT
                      LogDestinationType: s3
                      LogDestination: arn:aws:s3:::example-flow-logs
                """,
                comment: LocalizedText(
                    "A live audit finds this flow log with FlowLogStatus ACTIVE.",
                    fr: "Un audit du compte réel trouve ce journal de flux avec FlowLogStatus à ACTIVE."))
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓NetworkFlowLog:
                    Type: AWS::EC2::FlowLog
                    Properties:
                      ResourceId: vpc-0a1b2c3d
                      ResourceType: VPC
                      TrafficType: REJECT
                      LogDestinationType: s3
                      LogDestination: arn:aws:s3:::deleted-bucket
                """,
                comment: LocalizedText(
                    "A live audit reports this flow log when its status is not ACTIVE.",
                    fr: "Un audit du compte réel signale ce journal de flux si son état n'est pas ACTIVE."))
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for flowLog in state.all(FlowLog.self) {
            guard let status = flowLog.status else {
                results.unknown(
                    flowLog.address, reason: "a flow log's status is known only in a live account",
                    at: flowLog.address.origin)
                continue
            }
            let decision = Decision(status) { $0.uppercased() == "ACTIVE" }
            results.record(
                decision, for: flowLog.address, at: status.origin,
                detail: status.value.map { LocalizedText("FlowLogStatus is '\($0)'", fr: "FlowLogStatus vaut « \($0) »") })
        }
        return results.results
    }
}
