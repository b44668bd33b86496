import RempartModel
import RempartTemplate

/// Reads AWS CodeBuild projects.
enum CodeBuildAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::CodeBuild::Project").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return CodeBuildProject(
                address: PropertyReader.address(of: resource),
                artifacts: artifacts(properties.child("Artifacts")),
                secondaryArtifacts: properties.elements("SecondaryArtifacts").map { $0.map(artifacts) })
        }
    }

    private static func artifacts(_ reader: PropertyReader) -> CodeBuildProject.Artifacts {
        CodeBuildProject.Artifacts(
            type: reader.optionalString("Type"), isEncryptionDisabled: reader.bool("EncryptionDisabled", default: false)
        )
    }
}
