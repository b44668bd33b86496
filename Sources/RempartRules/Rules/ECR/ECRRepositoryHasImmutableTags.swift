import RempartModel
import RempartSupport

/// ECR repositories make image tags immutable.
struct ECRRepositoryHasImmutableTags: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0031", aliases: ["CKV_AWS_51"], slug: "aws-ecr-enforce-immutable-repository", service: "ecr",
        severity: .high,
        title: LocalizedText(
            "ECR repositories make image tags immutable",
            fr: "Les dépôts ECR rendent les étiquettes d'image immuables"),
        rationale: LocalizedText(
            "With mutable tags, anyone allowed to push can replace the image behind a tag that is already deployed.",
            fr:
                "Avec des étiquettes modifiables, quiconque peut envoyer une image peut remplacer celle d'une étiquette déjà déployée."
        ),
        remediation: LocalizedText(
            "Set `ImageTagMutability` to `IMMUTABLE`.",
            fr: "Définissez `ImageTagMutability` à `IMMUTABLE`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0031",
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
                      ImageTagMutability: ↓MUTABLE
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ECRRepository.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.imageTagMutability) { $0 == "IMMUTABLE" }
        }
    }
}
