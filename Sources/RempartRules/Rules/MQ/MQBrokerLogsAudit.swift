import RempartModel
import RempartSupport

/// Amazon MQ brokers publish audit logs.
struct MQBrokerLogsAudit: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0070", aliases: ["CKV_AWS_197"], slug: "aws-mq-enable-audit-logging", service: "mq",
        severity: .medium,
        title: LocalizedText(
            "Amazon MQ brokers publish audit logs",
            fr: "Les agents Amazon MQ publient les journaux d'audit"),
        rationale: LocalizedText(
            "Audit logs record management actions on the broker, which an investigation needs.",
            fr: "Les journaux d'audit consignent les actions de gestion sur l'agent, nécessaires à une enquête."),
        remediation: LocalizedText("Set `Logs.Audit` to `true`.", fr: "Définissez `Logs.Audit` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0070",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-amazonmq-broker-logslist.html",
        ],
        limitations: LocalizedText(
            "RabbitMQ brokers cannot publish audit logs; like trivy this rule still fails them, where checkov reports them as unknown.",
            fr:
                "Les agents RabbitMQ ne publient pas de journaux d'audit ; comme trivy, cette règle les fait échouer, là où checkov les déclare inconnus."
        ),
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
                        Audit: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(MQBroker.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isAuditLogEnabled)
        }
    }
}
