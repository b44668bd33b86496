import RempartModel
import RempartSupport

/// ECR repositories scan images on push.
struct ECRRepositoryScansOnPush: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0030", aliases: ["CKV_AWS_163"], slug: "aws-ecr-enable-image-scans", service: "ecr",
        severity: .high,
        title: LocalizedText(
            "ECR repositories scan images on push",
            fr: "Les dépôts ECR analysent les images à l'envoi"),
        rationale: LocalizedText(
            "Scanning each pushed image finds known vulnerabilities before the image is deployed.",
            fr: "L'analyse de chaque image envoyée détecte les vulnérabilités connues avant le déploiement de l'image."),
        remediation: LocalizedText(
            "Set `ImageScanningConfiguration.ScanOnPush` to `true`.",
            fr: "Définissez `ImageScanningConfiguration.ScanOnPush` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0030",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html",
        ],
        resourceTypes: ["AWS::ECR::Repository"],
        goodExamples: [
            .init(
                """
                Resources:
                  Images:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: images
                      ImageTagMutability: IMMUTABLE
                      ImageScanningConfiguration:
                        ScanOnPush: true
                      EncryptionConfiguration:
                        EncryptionType: KMS
                        KmsKey: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                      RepositoryPolicyText:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: arn:aws:iam::123456789012:root
                            Action: [ecr:GetDownloadUrlForLayer, ecr:BatchGetImage]
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Images:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: images
                      ImageScanningConfiguration:
                        ScanOnPush: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ECRRepository.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.scansOnPush)
        }
    }
}
