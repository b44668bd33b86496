import RempartModel
import RempartSupport

/// Amazon MQ brokers are not publicly accessible.
struct MQBrokerIsNotPublic: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0072", aliases: ["CKV_AWS_69"], slug: "aws-mq-no-public-access", service: "mq",
        severity: .high,
        title: LocalizedText(
            "Amazon MQ brokers are not publicly accessible",
            fr: "Les agents Amazon MQ ne sont pas accessibles publiquement"),
        rationale: LocalizedText(
            "A public broker endpoint can be reached from the internet and attacked directly.",
            fr: "Un point de terminaison d'agent public est joignable depuis Internet et peut être attaqué directement."
        ),
        remediation: LocalizedText(
            "Set `PubliclyAccessible` to `false`.",
            fr: "Définissez `PubliclyAccessible` à `false`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0072",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-amazonmq-broker.html",
        ],
        limitations: LocalizedText(
            "CloudFormation requires `PubliclyAccessible`; a broker without it passes here as in trivy, but fails checkov.",
            fr:
                "CloudFormation exige `PubliclyAccessible` ; un agent sans cette propriété passe ici comme dans trivy, mais échoue dans checkov."
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
                      PubliclyAccessible: ↓true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(MQBroker.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.isPubliclyAccessible) { !$0 }
        }
    }
}
