import RempartModel
import RempartSupport

/// SAM state machine policies avoid wildcards.
///
/// Deprecated: trivy keeps only the metadata of this check and never reports it, even with deprecated checks
/// included, so the rule reports nothing either; the IAM wildcard rules cover policies written as IAM resources.
struct SAMStateMachinePolicyHasNoWildcards: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0120", aliases: [], slug: "aws-sam-no-state-machine-policy-wildcards", service: "sam",
        severity: .high,
        title: LocalizedText(
            "SAM state machine policies avoid wildcards",
            fr: "Les politiques des machines d'état SAM évitent les caractères génériques"),
        rationale: LocalizedText(
            "Wildcard actions or resources give the state machine more access than it needs.",
            fr: "Des actions ou ressources génériques donnent à la machine d'état plus d'accès que nécessaire."),
        remediation: LocalizedText(
            "List the exact actions and resources in the state machine's `Policies`.",
            fr: "Listez les actions et ressources exactes dans les `Policies` de la machine d'état."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0120",
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html",
        ],
        limitations: LocalizedText(
            "Deprecated in trivy, whose rule has no body; it never reports anything, even when deprecated rules run.",
            fr: "Obsolète dans trivy, dont la règle n'a pas de corps ; elle ne signale jamais rien, même quand les règles obsolètes sont lancées."),
        resourceTypes: ["AWS::Serverless::StateMachine"],
        isDeprecated: true,
        goodExamples: [
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Workflow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: statemachine/workflow.asl.json
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
                      Policies:
                        - Statement:
                            - ↓Effect: Allow
                              Action: "*"
                              Resource: "*"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        // trivy's rule has no logic left, so this one gives no verdict.
        []
    }
}
