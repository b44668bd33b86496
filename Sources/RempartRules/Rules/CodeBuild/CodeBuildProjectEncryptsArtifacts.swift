import RempartModel
import RempartSupport

/// CodeBuild projects encrypt their artifacts.
struct CodeBuildProjectEncryptsArtifacts: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0018", aliases: ["CKV_AWS_78"], slug: "aws-codebuild-enable-encryption", service: "codebuild",
        severity: .high,
        title: LocalizedText(
            "CodeBuild projects encrypt their artifacts",
            fr: "Les projets CodeBuild chiffrent leurs artefacts"),
        rationale: LocalizedText(
            "Build artifacts often contain code and secrets; stored without encryption they are exposed to anyone who reads the bucket.",
            fr:
                "Les artefacts de build contiennent souvent du code et des secrets ; sans chiffrement, ils sont exposés à quiconque lit le compartiment."
        ),
        remediation: LocalizedText(
            "Remove `EncryptionDisabled: true` from `Artifacts` and from every entry of `SecondaryArtifacts`.",
            fr: "Retirez `EncryptionDisabled: true` de `Artifacts` et de chaque entrée de `SecondaryArtifacts`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0018",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-artifacts.html",
        ],
        limitations: LocalizedText(
            "checkov fails only S3 primary artifacts; this rule, like trivy, also fails other artifact types and secondary artifacts.",
            fr:
                "checkov n'échoue que pour les artefacts principaux S3 ; cette règle, comme trivy, échoue aussi pour les autres types et les artefacts secondaires."
        ),
        resourceTypes: ["AWS::CodeBuild::Project"],
        goodExamples: [
            .init(
                """
                Resources:
                  Build:
                    Type: AWS::CodeBuild::Project
                    Properties:
                      Artifacts:
                        Type: S3
                        Location: artifact-bucket
                      Environment:
                        ComputeType: BUILD_GENERAL1_SMALL
                        Image: aws/codebuild/standard:7.0
                        Type: LINUX_CONTAINER
                      ServiceRole: arn:aws:iam::123456789012:role/build
                      Source:
                        Type: CODECOMMIT
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Build:
                    Type: AWS::CodeBuild::Project
                    Properties:
                      Artifacts:
                        Type: S3
                        Location: artifact-bucket
                        EncryptionDisabled: ↓true
                      ServiceRole: arn:aws:iam::123456789012:role/build
                """),
            .init(
                """
                Resources:
                  Build:
                    Type: AWS::CodeBuild::Project
                    Properties:
                      Artifacts:
                        Type: NO_ARTIFACTS
                      SecondaryArtifacts:
                        - Type: S3
                          ArtifactIdentifier: reports
                          Location: artifact-bucket
                          EncryptionDisabled: ↓true
                      ServiceRole: arn:aws:iam::123456789012:role/build
                """),
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(CodeBuildProject.self).map { project in
            let verdict = Verdict(Self.metadata.id, project.address)
            let primary = verdict.require(project.artifacts.isEncryptionDisabled) { !$0 }
            return primary.then {
                switch project.secondaryArtifacts.state {
                case .unknown(let reason):
                    return verdict.unknown(reason, at: project.secondaryArtifacts.origin)
                case .known(let artifacts):
                    return verdict.combine(
                        [primary] + artifacts.map { verdict.require($0.isEncryptionDisabled) { !$0 } })
                }
            }
        }
    }
}
