import RempartModel
import RempartSupport

/// Amazon MQ brokers publish general logs.
struct MQBrokerLogsGeneral: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0071", aliases: [], slug: "aws-mq-enable-general-logging", service: "mq",
        severity: .low,
        title: LocalizedText(
            "Amazon MQ brokers publish general logs",
            fr: "Les agents Amazon MQ publient les journaux généraux"),
        rationale: LocalizedText(
            "General logs show connections and errors, needed to notice misuse or failures of the broker.",
            fr:
                "Les journaux généraux montrent les connexions et erreurs, nécessaires pour repérer un abus ou une panne de l'agent."
        ),
        remediation: LocalizedText("Set `Logs.General` to `true`.", fr: "Définissez `Logs.General` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0071",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-amazonmq-broker-logslist.html",
        ],
        resourceTypes: ["AWS::AmazonMQ::Broker"],
        goodExamples: [
            .init(
                """
                Resources:
                  Queue:
                    Type: AWS::AmazonMQ::Broker
                    Properties:
                      BrokerName: queue
                      EngineType: ACTIVEMQ
                      EngineVersion: "5.17.6"
                      HostInstanceType: mq.t3.micro
                      DeploymentMode: SINGLE_INSTANCE
                      PubliclyAccessible: false
                      AutoMinorVersionUpgrade: true
                      Logs:
                        Audit: true
                        General: true
                      Users:
                        - Username: admin
                          Password: "{{resolve:secretsmanager:queue:SecretString:password}}"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Queue:
                    Type: AWS::AmazonMQ::Broker
                    Properties:
                      BrokerName: queue
                      EngineType: ACTIVEMQ
                      HostInstanceType: mq.t3.micro
                      DeploymentMode: SINGLE_INSTANCE
                      PubliclyAccessible: false
                      Logs:
                        General: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(MQBroker.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isGeneralLogEnabled)
        }
    }
}
