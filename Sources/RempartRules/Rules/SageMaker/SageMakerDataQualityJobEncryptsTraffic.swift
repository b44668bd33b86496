import RempartModel
import RempartSupport

/// SageMaker data quality jobs encrypt traffic between their instances.
struct SageMakerDataQualityJobEncryptsTraffic: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0228", aliases: ["CKV_AWS_369"], slug: "aws-sagemaker-data-quality-job-traffic-encrypted",
        service: "sagemaker",
        severity: .medium,
        title: LocalizedText(
            "SageMaker data quality jobs encrypt traffic between their instances",
            fr: "Les tâches de qualité des données SageMaker chiffrent le trafic entre leurs instances"),
        rationale: LocalizedText(
            "Monitoring jobs read production data; without encryption it is exposed in storage or on the network.",
            fr:
                "Les tâches de surveillance lisent des données de production ; sans chiffrement, elles sont exposées dans le stockage ou sur le réseau."
        ),
        remediation: LocalizedText(
            "Set `NetworkConfig.EnableInterContainerTrafficEncryption` to `true`.",
            fr: "Définissez `NetworkConfig.EnableInterContainerTrafficEncryption` à `true`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/SagemakerDataQualityJobDefinitionTrafficEncryption.py",
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
                      NetworkConfig:
                        EnableInterContainerTrafficEncryption: true
                """)
        ],
        badExamples: [
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
                      NetworkConfig:
                        EnableInterContainerTrafficEncryption: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SageMakerDataQualityJobDefinition.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.encryptsInterContainerTraffic)
        }
    }
}
