import RempartModel
import RempartSupport

/// SageMaker data quality jobs encrypt their processing volumes with a KMS key.
struct SageMakerDataQualityJobEncryptsVolumes: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0227", aliases: ["CKV_AWS_368"], slug: "aws-sagemaker-data-quality-job-volume-encrypted",
        service: "sagemaker",
        severity: .medium,
        title: LocalizedText(
            "SageMaker data quality jobs encrypt their processing volumes with a KMS key",
            fr: "Les tâches de qualité des données SageMaker chiffrent leurs volumes de traitement avec une clé KMS"),
        rationale: LocalizedText(
            "Monitoring jobs read production data; without encryption it is exposed in storage or on the network.",
            fr:
                "Les tâches de surveillance lisent des données de production ; sans chiffrement, elles sont exposées dans le stockage ou sur le réseau."
        ),
        remediation: LocalizedText(
            "Set `JobResources.ClusterConfig.VolumeKmsKeyId` to a customer managed KMS key.",
            fr: "Définissez `JobResources.ClusterConfig.VolumeKmsKeyId` à une clé KMS gérée par le client."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/SagemakerDataQualityJobDefinitionVolumeEncryption.py",
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
                          VolumeKmsKeyId: alias/monitoring
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
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SageMakerDataQualityJobDefinition.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.volumeKMSKeyID)
        }
    }
}
