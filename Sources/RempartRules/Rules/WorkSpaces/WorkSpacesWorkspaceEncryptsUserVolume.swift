import RempartModel
import RempartSupport

/// WorkSpaces encrypt their user volume.
struct WorkSpacesWorkspaceEncryptsUserVolume: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0204", aliases: ["CKV_AWS_155"], slug: "aws-workspaces-user-volume-encrypted",
        service: "workspaces",
        severity: .high,
        title: LocalizedText(
            "WorkSpaces encrypt their user volume",
            fr: "Les WorkSpaces chiffrent leur volume utilisateur"),
        rationale: LocalizedText(
            "Unencrypted desktop volumes expose user files and cached credentials to anyone who obtains the storage.",
            fr:
                "Des volumes de bureau non chiffrés exposent les fichiers et identifiants en cache à quiconque obtient le stockage."
        ),
        remediation: LocalizedText(
            "Set `UserVolumeEncryptionEnabled` to `true`, with a `VolumeEncryptionKey`.",
            fr: "Définissez `UserVolumeEncryptionEnabled` à `true`, avec une `VolumeEncryptionKey`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/WorkspaceUserVolumeEncrypted.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-workspaces-workspace.html",
        ],
        resourceTypes: ["AWS::WorkSpaces::Workspace"],
        goodExamples: [
            .init(
                """
                Resources:
                  Desktop:
                    Type: AWS::WorkSpaces::Workspace
                    Properties:
                      BundleId: wsb-0123456789
                      DirectoryId: d-0123456789
                      UserName: analyst
                      UserVolumeEncryptionEnabled: true
                      VolumeEncryptionKey: alias/workspaces
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Desktop:
                    Type: AWS::WorkSpaces::Workspace
                    Properties:
                      BundleId: wsb-0123456789
                      DirectoryId: d-0123456789
                      UserName: analyst
                      UserVolumeEncryptionEnabled: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(WorkSpacesWorkspace.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isUserVolumeEncrypted)
        }
    }
}
