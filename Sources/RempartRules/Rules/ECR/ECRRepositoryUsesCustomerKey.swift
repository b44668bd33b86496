import RempartModel
import RempartSupport

/// ECR repositories encrypt with a customer managed key.
struct ECRRepositoryUsesCustomerKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0033", aliases: ["CKV_AWS_136"], slug: "aws-ecr-repository-customer-key", service: "ecr",
        severity: .low,
        title: LocalizedText(
            "ECR repositories encrypt with a customer managed key",
            fr: "Les dépôts ECR chiffrent avec une clé gérée par le client"),
        rationale: LocalizedText(
            "With the default AES-256 encryption you cannot control the key policy, rotation or who may decrypt the images.",
            fr:
                "Avec le chiffrement AES-256 par défaut, vous ne contrôlez ni la politique de clé, ni la rotation, ni qui peut déchiffrer les images."
        ),
        remediation: LocalizedText(
            "Set `EncryptionConfiguration.EncryptionType` to `KMS` and `EncryptionConfiguration.KmsKey` to a customer managed key.",
            fr:
                "Définissez `EncryptionConfiguration.EncryptionType` à `KMS` et `EncryptionConfiguration.KmsKey` à une clé gérée par le client."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0033",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-encryptionconfiguration.html",
        ],
        limitations: LocalizedText(
            "checkov passes `EncryptionType: KMS` without a key (the AWS managed key); this rule, like trivy, requires `KmsKey`.",
            fr:
                "checkov accepte `EncryptionType: KMS` sans clé (la clé gérée par AWS) ; cette règle, comme trivy, exige `KmsKey`."
        ),
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
                      EncryptionConfiguration:
                        EncryptionType: ↓AES256
                """),
            .init(
                """
                Resources:
                  ↓Images:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: images
                      EncryptionConfiguration:
                        EncryptionType: KMS
                """),
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ECRRepository.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.encryptionType) { $0 == "KMS" }.then { verdict.requireSet(resource.kmsKey) }
        }
    }
}
