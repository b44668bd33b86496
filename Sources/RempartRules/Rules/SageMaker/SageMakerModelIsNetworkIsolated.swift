import RempartModel
import RempartSupport

/// SageMaker models run with network isolation.
struct SageMakerModelIsNetworkIsolated: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0229", aliases: ["CKV_AWS_370"], slug: "aws-sagemaker-model-network-isolation",
        service: "sagemaker",
        severity: .medium,
        title: LocalizedText(
            "SageMaker models run with network isolation",
            fr: "Les modèles SageMaker s'exécutent en isolement réseau"),
        rationale: LocalizedText(
            "Without isolation, model containers can make outbound calls and leak data or fetch untrusted code.",
            fr:
                "Sans isolement, les conteneurs du modèle peuvent faire des appels sortants, divulguer des données ou télécharger du code non fiable."
        ),
        remediation: LocalizedText(
            "Set `EnableNetworkIsolation` to `true`.",
            fr: "Définissez `EnableNetworkIsolation` à `true`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/SagemakerModelWithNetworkIsolation.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-model.html",
        ],
        resourceTypes: ["AWS::SageMaker::Model"],
        goodExamples: [
            .init(
                """
                Resources:
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      ExecutionRoleArn: arn:aws:iam::123456789012:role/model
                      EnableNetworkIsolation: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      ExecutionRoleArn: arn:aws:iam::123456789012:role/model
                      EnableNetworkIsolation: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SageMakerModel.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isNetworkIsolated)
        }
    }
}
