import RempartModel
import RempartSupport

/// SAM state machines turn on X-Ray tracing.
struct SAMStateMachineHasTracing: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0117", aliases: [], slug: "aws-sam-enable-state-machine-tracing", service: "sam",
        severity: .low,
        title: LocalizedText(
            "SAM state machines turn on X-Ray tracing",
            fr: "Les machines d'état SAM activent le traçage X-Ray"),
        rationale: LocalizedText(
            "Tracing shows each execution's path through its tasks, which helps find failures and abuse.",
            fr:
                "Le traçage montre le parcours de chaque exécution dans ses tâches, ce qui aide à repérer pannes et abus."
        ),
        remediation: LocalizedText(
            "Set `Tracing.Enabled: true` (or in `Globals.StateMachine`).",
            fr: "Définissez `Tracing.Enabled: true` (ou dans `Globals.StateMachine`)."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0117",
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
                      Tracing:
                        Enabled: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SAMStateMachine.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isTracingEnabled)
        }
    }
}
