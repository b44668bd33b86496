import RempartModel
import RempartSupport

/// SAM functions turn on active X-Ray tracing.
struct SAMFunctionHasTracing: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0125", aliases: [], slug: "aws-sam-enable-function-tracing", service: "sam",
        severity: .low,
        title: LocalizedText(
            "SAM functions turn on active X-Ray tracing",
            fr: "Les fonctions SAM activent le traçage X-Ray actif"),
        rationale: LocalizedText(
            "Active tracing samples every invocation, which helps find failures and unexpected calls.",
            fr: "Le traçage actif échantillonne chaque invocation, ce qui aide à repérer pannes et appels inattendus."),
        remediation: LocalizedText(
            "Set `Tracing: Active` on the function (or in `Globals.Function`).",
            fr: "Définissez `Tracing: Active` sur la fonction (ou dans `Globals.Function`)."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0125",
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html",
        ],
        resourceTypes: ["AWS::Serverless::Function"],
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
                      Tracing: Active
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
                      Tracing: ↓PassThrough
                """),
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  ↓Handler:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                """),
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SAMFunction.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.tracing) { $0 == "Active" }
        }
    }
}
