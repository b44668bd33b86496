import RempartModel
import RempartSupport

/// SageMaker notebook instances require IMDSv2.
struct SageMakerNotebookRequiresIMDSv2: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0230", aliases: ["CKV_AWS_371"], slug: "aws-sagemaker-notebook-imdsv2", service: "sagemaker",
        severity: .high,
        title: LocalizedText(
            "SageMaker notebook instances require IMDSv2",
            fr: "Les instances de bloc-notes SageMaker exigent IMDSv2"),
        rationale: LocalizedText(
            "IMDSv1 answers any request from the instance, so a server-side request forgery can steal the notebook role's credentials.",
            fr:
                "IMDSv1 répond à toute requête de l'instance ; une falsification de requête côté serveur peut voler les identifiants du rôle du bloc-notes."
        ),
        remediation: LocalizedText(
            "Set `InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion` to `\"2\"`.",
            fr: "Définissez `InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion` à `\"2\"`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/SagemakerNotebookInstanceAllowsIMDSv2.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-sagemaker-notebookinstance-instancemetadataserviceconfiguration.html",
        ],
        resourceTypes: ["AWS::SageMaker::NotebookInstance"],
        goodExamples: [
            .init(
                """
                Resources:
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RoleArn: arn:aws:iam::123456789012:role/notebook
                      InstanceMetadataServiceConfiguration:
                        MinimumInstanceMetadataServiceVersion: "2"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RoleArn: arn:aws:iam::123456789012:role/notebook
                      InstanceMetadataServiceConfiguration:
                        MinimumInstanceMetadataServiceVersion: ↓"1"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SageMakerNotebookInstance.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.minimumIMDSVersion) { $0 == "2" }
        }
    }
}
