import RempartModel
import RempartSupport

/// SAM function policies avoid wildcards.
///
/// Deprecated: trivy keeps only the metadata of this check and never reports it, even with deprecated checks
/// included, so the rule reports nothing either; the IAM wildcard rules cover policies written as IAM resources.
struct SAMFunctionPolicyHasNoWildcards: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0114", aliases: [], slug: "aws-sam-no-function-policy-wildcards", service: "sam",
        severity: .high,
        title: LocalizedText(
            "SAM function policies avoid wildcards",
            fr: "Les politiques des fonctions SAM évitent les caractères génériques"),
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
        limitations: LocalizedText(
            "Deprecated in trivy, whose rule has no body; it never reports anything, even when deprecated rules run.",
            fr: "Obsolète dans trivy, dont la règle n'a pas de corps ; elle ne signale jamais rien, même quand les règles obsolètes sont lancées."),
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
        // trivy's rule has no logic left, so this one gives no verdict.
        []
    }
}
