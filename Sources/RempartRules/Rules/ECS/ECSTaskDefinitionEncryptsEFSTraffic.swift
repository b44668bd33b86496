import RempartModel
import RempartSupport

/// ECS task definitions encrypt traffic to EFS volumes.
struct ECSTaskDefinitionEncryptsEFSTraffic: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0035", aliases: [], slug: "aws-ecs-enable-in-transit-encryption", service: "ecs",
        severity: .high,
        title: LocalizedText(
            "ECS task definitions encrypt traffic to EFS volumes",
            fr: "Les définitions de tâche ECS chiffrent le trafic vers les volumes EFS"),
        rationale: LocalizedText(
            "Without transit encryption, file data travels in clear text between the task and the EFS mount target.",
            fr:
                "Sans chiffrement en transit, les données des fichiers circulent en clair entre la tâche et la cible de montage EFS."
        ),
        remediation: LocalizedText(
            "Set `EFSVolumeConfiguration.TransitEncryption` to `ENABLED` on every volume.",
            fr: "Définissez `EFSVolumeConfiguration.TransitEncryption` à `ENABLED` sur chaque volume."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0035",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-efsvolumeconfiguration.html",
        ],
        limitations: LocalizedText(
            "As in trivy, every volume counts, including bind mounts and Docker volumes without `EFSVolumeConfiguration`; checkov reads only the first EFS volume.",
            fr:
                "Comme dans trivy, chaque volume compte, y compris les montages liés et les volumes Docker sans `EFSVolumeConfiguration` ; checkov ne lit que le premier volume EFS."
        ),
        resourceTypes: ["AWS::ECS::TaskDefinition"],
        goodExamples: [
            .init(
                """
                Resources:
                  Worker:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: worker
                          Image: public.ecr.aws/docker/library/busybox:latest
                          Environment:
                            - Name: LOG_LEVEL
                              Value: info
                          Secrets:
                            - Name: DB_PASSWORD
                              ValueFrom: arn:aws:secretsmanager:us-east-1:123456789012:secret:db
                      Volumes:
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
                      ContainerDefinitions:
                        - Name: worker
                          Image: public.ecr.aws/docker/library/busybox:latest
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
                // trivy reads every volume, EFS or not, as lacking transit encryption unless it is enabled.
                let results = volumes.map { volume in
                    verdict.require(volume.transitEncryption) { $0?.uppercased() == "ENABLED" }
                }
                return verdict.combine(results.isEmpty ? [verdict.passed(at: task.address.origin)] : results)
            }
        }
    }
}
