import RempartModel
import RempartSupport

/// SageMaker notebook instances and domains encrypt with a customer managed key.
struct SageMakerStorageUsesCustomerKey: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0221", aliases: ["CKV_AWS_187"], slug: "aws-sagemaker-customer-key", service: "sagemaker",
        severity: .medium,
        title: LocalizedText(
            "SageMaker notebook instances and domains encrypt with a customer managed key",
            fr: "Les instances de bloc-notes et domaines SageMaker chiffrent avec une clé gérée par le client"),
        rationale: LocalizedText(
            "With the AWS managed key, you cannot control the key policy, rotation or who may decrypt the notebooks and data.",
            fr:
                "Avec la clé gérée par AWS, vous ne contrôlez ni la politique de clé, ni la rotation, ni qui peut déchiffrer blocs-notes et données."
        ),
        remediation: LocalizedText(
            "Set `KmsKeyId` to a customer managed KMS key.",
            fr: "Définissez `KmsKeyId` à une clé KMS gérée par le client."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/SagemakerNotebookEncryptedWithCMK.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-notebookinstance.html",
        ],
        resourceTypes: ["AWS::SageMaker::NotebookInstance", "AWS::SageMaker::Domain"],
        goodExamples: [
            .init(
                """
                Resources:
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RoleArn: arn:aws:iam::123456789012:role/notebook
                      KmsKeyId: alias/notebooks
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RoleArn: arn:aws:iam::123456789012:role/notebook
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        let notebooks = state.all(SageMakerNotebookInstance.self).map { notebook in
            Verdict(Self.metadata.id, notebook.address).requireSet(notebook.kmsKeyID)
        }
        let domains = state.all(SageMakerDomain.self).map { domain in
            Verdict(Self.metadata.id, domain.address).requireSet(domain.kmsKeyID)
        }
        return notebooks + domains
    }
}
