import RempartModel
import RempartSupport

/// SAM state machine policies avoid wildcards.
///
/// trivy deprecated this check and no longer reports it, so scans skip the rule. Run directly, it still fails an
/// allowed action that contains `*` or the resource `*`.
struct SAMStateMachinePolicyHasNoWildcards: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0120", aliases: [], slug: "aws-sam-no-state-machine-policy-wildcards", service: "sam",
        severity: .high,
        title: LocalizedText(
            "SAM state machine policies avoid wildcards",
            fr: "Les stratégies des machines d'état SAM évitent les caractères génériques"),
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
        state.all(SAMStateMachine.self).map { machine in
            let verdict = Verdict(Self.metadata.id, machine.address)
            switch machine.inlinePolicies.state {
            case .unknown(let reason):
                return verdict.unknown(reason, at: machine.inlinePolicies.origin)
            case .known(let documents):
                let broad = SAMPolicyWildcards.firstBroadStatement(documents)
                return broad.map { verdict.failed(at: $0.origin) } ?? verdict.passed(at: machine.inlinePolicies.origin)
            }
        }
    }
}
