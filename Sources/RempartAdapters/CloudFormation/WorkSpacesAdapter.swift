import RempartModel
import RempartTemplate

/// Reads Amazon WorkSpaces workspaces.
enum WorkSpacesAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let workSpacesWorkspaces: [any AWSResource] = input.resources(ofType: "AWS::WorkSpaces::Workspace").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return WorkSpacesWorkspace(
                address: PropertyReader.address(of: resource),
                isRootVolumeEncrypted: properties.bool("RootVolumeEncryptionEnabled", default: false),
                isUserVolumeEncrypted: properties.bool("UserVolumeEncryptionEnabled", default: false))
        }
        return workSpacesWorkspaces
    }
}
