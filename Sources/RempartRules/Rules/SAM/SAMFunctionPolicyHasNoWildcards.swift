import RempartModel
import RempartSupport

/// SAM function policies avoid wildcards.
///
/// trivy deprecated this check and no longer reports it, so scans skip the rule. Run directly, it still fails an
/// allowed action that contains `*` or the resource `*`.
struct SAMFunctionPolicyHasNoWildcards: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0114", aliases: [], slug: "aws-sam-no-function-policy-wildcards", service: "sam",
        severity: .high,
        title: LocalizedText(
            "SAM function policies avoid wildcards",
            fr: "Les stratégies des fonctions SAM évitent les caractères génériques"),
        rationale: LocalizedText(
            "Wildcard actions or resources give the function more access than it needs.",
            fr: "Des actions ou ressources génériques donnent à la fonction plus d'accès que nécessaire."),
        remediation: LocalizedText(
            "List the exact actions and resources in the function's `Policies`.",
            fr: "Listez les actions et ressources exactes dans les `Policies` de la fonction."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0114",
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html",
        ],
        resourceTypes: ["AWS::Serverless::Function"],
        isDeprecated: true,
        goodExamples: [
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Handler:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                """)
        ],
        badExamples: [
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Handler:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Statement:
                            - ↓Effect: Allow
                              Action: "*"
                              Resource: "*"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SAMFunction.self).map { function in
            let verdict = Verdict(Self.metadata.id, function.address)
            switch function.inlinePolicies.state {
            case .unknown(let reason):
                return verdict.unknown(reason, at: function.inlinePolicies.origin)
            case .known(let documents):
                let broad = SAMPolicyWildcards.firstBroadStatement(documents)
                return broad.map { verdict.failed(at: $0.origin) } ?? verdict.passed(at: function.inlinePolicies.origin)
            }
        }
    }
}
