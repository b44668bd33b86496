import RempartModel
import RempartSupport

/// Every EC2 instance must have a CloudWatch alarm on its network traffic.
///
/// An instance passes when an alarm of the state watches one of the `AWS/EC2` network metrics
/// (`NetworkPacketsIn`, `NetworkPacketsOut`, `NetworkIn`, `NetworkOut`) with an `InstanceId`
/// dimension naming it. Live-only: alarms are often created outside the template that
/// declares the instance, so only the account shows whether every instance has one.
struct InstanceHasNetworkAlarm: Rule {
    /// The metrics that count as watching an instance's network traffic.
    static let networkMetrics: Set<String> = ["NetworkPacketsIn", "NetworkPacketsOut", "NetworkIn", "NetworkOut"]

    static let metadata = RuleMetadata(
        id: "RMP-AWS-0400",
        slug: "instance-has-network-alarm",
        service: "cloudwatch",
        severity: .low,
        title: LocalizedText(
            "EC2 instances have a CloudWatch alarm on their network traffic",
            fr: "Les instances EC2 ont une alarme CloudWatch sur leur trafic réseau"),
        rationale: LocalizedText(
            "A burst of incoming packets is often the first sign of a scan, a flood or an exfiltration; without an alarm nobody is told while it happens.",
            fr: "Une rafale de paquets entrants est souvent le premier signe d'un balayage, d'une inondation ou d'une exfiltration ; sans alarme, personne n'est averti pendant qu'elle a lieu."),
        remediation: LocalizedText(
            "Create a CloudWatch alarm per instance on `AWS/EC2` `NetworkPacketsIn` with the dimension `InstanceId` set to the instance, for example above 1000 packets for 1 datapoint in 5 minutes (`aws cloudwatch put-metric-alarm` or `AWS::CloudWatch::Alarm`).",
            fr: "Créez une alarme CloudWatch par instance sur `NetworkPacketsIn` de `AWS/EC2` avec la dimension `InstanceId` réglée sur l'instance, par exemple au-delà de 1000 paquets pour 1 point de données en 5 minutes (`aws cloudwatch put-metric-alarm` ou `AWS::CloudWatch::Alarm`)."),
        links: [
            "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html",
            "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html",
        ],
        limitations: LocalizedText(
            "Runs only when auditing a live account. Alarms on other metrics (CPU, status checks) do not count, and the threshold is not judged.",
            fr: "S'exécute seulement lors de l'audit d'un compte réel. Les alarmes sur d'autres métriques (processeur, vérifications d'état) ne comptent pas, et le seuil n'est pas évalué."),
        resourceTypes: ["AWS::EC2::Instance", "AWS::CloudWatch::Alarm"],
        scope: .liveOnly,
        goodExamples: [
            .init(
                """
                Resources:
                  WebServer:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                  WebServerPacketsIn:
                    Type: AWS::CloudWatch::Alarm
                    Properties:
                      Namespace: AWS/EC2
                      MetricName: NetworkPacketsIn
                      Dimensions:
                        - Name: InstanceId
                          Value: !Ref WebServer
                      Statistic: Sum
                      Period: 300
                      EvaluationPeriods: 1
                      Threshold: 1000
                      ComparisonOperator: GreaterThanThreshold
                """,
                comment: LocalizedText(
                    "A live audit finds this alarm watching the instance.",
                    fr: "Un audit du compte réel trouve cette alarme qui surveille l'instance."))
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓WebServer:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                """,
                comment: LocalizedText(
                    "A live audit reports this instance when no alarm in the account watches it.",
                    fr: "Un audit du compte réel signale cette instance si aucune alarme du compte ne la surveille."))
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        let alarms = state.all(CloudWatchAlarm.self).filter { alarm in
            alarm.metricName.value.flatMap { $0 }.map(Self.networkMetrics.contains) ?? false
        }
        var results = ResultBuilder(Self.metadata.id)
        for instance in state.all(EC2Instance.self) {
            if let alarm = alarms.first(where: { Self.alarm($0, watches: instance.address) }) {
                results.pass(instance.address, at: alarm.address.origin)
            } else {
                results.fail(
                    instance.address, at: instance.address.origin,
                    detail: LocalizedText(
                        "no alarm on NetworkPacketsIn or another network metric names this instance",
                        fr: "aucune alarme sur NetworkPacketsIn ou une autre métrique réseau ne désigne "
                            + "cette instance"))
            }
        }
        return results.results
    }

    /// Whether `alarm` has an `InstanceId` dimension naming the instance at `address`: its ID
    /// for a live instance, a link to its logical ID for a template one.
    private static func alarm(_ alarm: CloudWatchAlarm, watches address: ResourceAddress) -> Bool {
        alarm.dimensions.contains { dimension in
            guard dimension.name.value.flatMap({ $0 }) == "InstanceId" else { return false }
            switch dimension.value.value.flatMap({ $0 }) {
            case .literal(let id)?: return id == address.name
            case .resource(let link)?: return link.logicalID == address.name && link.file == address.file
            case nil: return false
            }
        }
    }
}
