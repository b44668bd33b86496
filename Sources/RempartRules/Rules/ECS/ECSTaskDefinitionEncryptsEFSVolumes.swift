import RempartModel
import RempartSupport

/// ECS task definitions encrypt traffic to their EFS volumes.
struct ECSTaskDefinitionEncryptsEFSVolumes: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0201", aliases: ["CKV_AWS_97"], slug: "aws-ecs-efs-volume-transit-encryption", service: "ecs",
        severity: .high,
        title: LocalizedText(
            "ECS task definitions encrypt traffic to their EFS volumes",
            fr: "Les définitions de tâche ECS chiffrent le trafic vers leurs volumes EFS"),
        rationale: LocalizedText(
            "Without transit encryption, file data travels in clear text between the task and the EFS mount target.",
            fr:
                "Sans chiffrement en transit, les données des fichiers circulent en clair entre la tâche et la cible de montage EFS."
        ),
        remediation: LocalizedText(
            "Set `EFSVolumeConfiguration.TransitEncryption` to `ENABLED` on every EFS volume.",
            fr: "Définissez `EFSVolumeConfiguration.TransitEncryption` à `ENABLED` sur chaque volume EFS."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/ECSTaskDefinitionEFSVolumeEncryption.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-efsvolumeconfiguration.html",
        ],
        limitations: LocalizedText(
            "checkov decides on the first EFS volume only; this rule requires every EFS volume to encrypt.",
            fr: "checkov ne juge que le premier volume EFS ; cette règle exige que chaque volume EFS chiffre."),
        resourceTypes: ["AWS::ECS::TaskDefinition"],
        goodExamples: [
            .init(
                """
                Resources:
                  Worker:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      Volumes:
                        - Name: scratch
                        - Name: shared
                          EFSVolumeConfiguration:
                            FilesystemId: fs-0123456789abcdef0
                            TransitEncryption: ENABLED
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Worker:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      Volumes:
                        - Name: shared
                          EFSVolumeConfiguration:
                            FilesystemId: fs-0123456789abcdef0
                            TransitEncryption: ↓DISABLED
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ECSTaskDefinition.self).map { task in
            let verdict = Verdict(Self.metadata.id, task.address)
            switch task.volumes.state {
            case .unknown(let reason):
                return verdict.unknown(reason, at: task.volumes.origin)
            case .known(let volumes):
                let results = volumes.filter(\.isEFS).map { volume in
                    verdict.require(volume.transitEncryption) { $0 == "ENABLED" }
                }
                return verdict.combine(results.isEmpty ? [verdict.passed(at: task.volumes.origin)] : results)
            }
        }
    }
}
