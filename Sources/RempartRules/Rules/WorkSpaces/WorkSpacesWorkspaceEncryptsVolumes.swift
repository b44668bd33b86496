import RempartModel
import RempartSupport

/// WorkSpaces encrypt their root and user volumes.
struct WorkSpacesWorkspaceEncryptsVolumes: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0109", aliases: [], slug: "aws-workspaces-enable-disk-encryption", service: "workspaces",
        severity: .high,
        title: LocalizedText(
            "WorkSpaces encrypt their root and user volumes",
            fr: "Les WorkSpaces chiffrent leurs volumes racine et utilisateur"),
        rationale: LocalizedText(
            "Unencrypted desktop volumes expose user files and cached credentials to anyone who obtains the storage.",
            fr:
                "Des volumes de bureau non chiffrés exposent les fichiers et identifiants en cache à quiconque obtient le stockage."
        ),
        remediation: LocalizedText(
            "Set `RootVolumeEncryptionEnabled` and `UserVolumeEncryptionEnabled` to `true`, with a `VolumeEncryptionKey`.",
            fr:
                "Définissez `RootVolumeEncryptionEnabled` et `UserVolumeEncryptionEnabled` à `true`, avec une `VolumeEncryptionKey`."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0109",
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
                      RootVolumeEncryptionEnabled: true
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
                      RootVolumeEncryptionEnabled: ↓false
                      UserVolumeEncryptionEnabled: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(WorkSpacesWorkspace.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isRootVolumeEncrypted).then {
                verdict.requireTrue(resource.isUserVolumeEncrypted)
            }
        }
    }
}
