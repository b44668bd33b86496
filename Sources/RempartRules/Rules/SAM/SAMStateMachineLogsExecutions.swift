import RempartModel
import RempartSupport

/// SAM state machines log their executions.
///
/// One of trivy's good examples declares the misspelt type `AWS::AWS::Serverless`, so it passes only because no
/// state machine is read; AWS SAM's type is `AWS::Serverless::StateMachine`, which this rule reads.
struct SAMStateMachineLogsExecutions: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0119", aliases: [], slug: "aws-sam-enable-state-machine-logging", service: "sam",
        severity: .low,
        title: LocalizedText(
            "SAM state machines log their executions",
            fr: "Les machines d'état SAM journalisent leurs exécutions"),
        rationale: LocalizedText(
            "Execution logs record what each run did, which an investigation needs.",
            fr: "Les journaux d'exécution consignent ce qu'a fait chaque exécution, ce dont une enquête a besoin."),
        remediation: LocalizedText(
            "Set `Logging.Level` to `ALL`, `ERROR` or `FATAL`, with a log group destination.",
            fr: "Définissez `Logging.Level` à `ALL`, `ERROR` ou `FATAL`, avec un groupe de journaux comme destination."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0119",
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html",
        ],
        resourceTypes: ["AWS::Serverless::StateMachine"],
        goodExamples: [
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Workflow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: statemachine/workflow.asl.json
                      Logging:
                        Level: ALL
                        IncludeExecutionData: false
                        Destinations:
                          - CloudWatchLogsLogGroup:
                              LogGroupArn: arn:aws:logs:us-east-1:123456789012:log-group:workflow
                      Tracing:
                        Enabled: true
                """)
        ],
        badExamples: [
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Workflow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: statemachine/workflow.asl.json
                      Logging:
                        Level: ↓'OFF'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SAMStateMachine.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isLoggingEnabled)
        }
    }
}
