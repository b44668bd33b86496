import RempartModel
import RempartSupport

/// SageMaker data quality jobs encrypt their output with a KMS key.
struct SageMakerDataQualityJobEncryptsOutput: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0226", aliases: ["CKV_AWS_367"], slug: "aws-sagemaker-data-quality-job-output-encrypted",
        service: "sagemaker",
        severity: .medium,
        title: LocalizedText(
            "SageMaker data quality jobs encrypt their output with a KMS key",
            fr: "Les tâches de qualité des données SageMaker chiffrent leur sortie avec une clé KMS"),
        rationale: LocalizedText(
            "Monitoring jobs read production data; without encryption it is exposed in storage or on the network.",
            fr:
                "Les tâches de surveillance lisent des données de production ; sans chiffrement, elles sont exposées dans le stockage ou sur le réseau."
        ),
        remediation: LocalizedText(
            "Set `DataQualityJobOutputConfig.KmsKeyId` to a customer managed KMS key.",
            fr: "Définissez `DataQualityJobOutputConfig.KmsKeyId` à une clé KMS gérée par le client."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/SagemakerDataQualityJobDefinitionEncryption.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-dataqualityjobdefinition.html",
        ],
        resourceTypes: ["AWS::SageMaker::DataQualityJobDefinition"],
        goodExamples: [
            .init(
                """
                Resources:
                  Monitoring:
                    Type: AWS::SageMaker::DataQualityJobDefinition
                    Properties:
                      JobResources:
                        ClusterConfig:
                          InstanceCount: 1
                          InstanceType: ml.m5.large
                          VolumeSizeInGB: 20
                      DataQualityJobOutputConfig:
                        KmsKeyId: alias/monitoring
                        MonitoringOutputs: []
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Monitoring:
                    Type: AWS::SageMaker::DataQualityJobDefinition
                    Properties:
                      JobResources:
                        ClusterConfig:
                          InstanceCount: 1
                          InstanceType: ml.m5.large
                          VolumeSizeInGB: 20
                      DataQualityJobOutputConfig:
                        MonitoringOutputs: []
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SageMakerDataQualityJobDefinition.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.outputKMSKeyID)
        }
    }
}
