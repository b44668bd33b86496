/// An AWS CodeBuild project (`AWS::CodeBuild::Project`).
public struct CodeBuildProject: AWSResource {
    /// The output settings of one artifact.
    public struct Artifacts: Sendable {
        /// The artifact type (`S3`, `CODEPIPELINE`, `NO_ARTIFACTS`), nil when not set.
        public var type: Resolved<String?>
        /// Whether encryption of the artifact is disabled (`EncryptionDisabled`, default false).
        public var isEncryptionDisabled: Resolved<Bool>

        /// Creates the settings.
        public init(type: Resolved<String?>, isEncryptionDisabled: Resolved<Bool>) {
            self.type = type
            self.isEncryptionDisabled = isEncryptionDisabled
        }
    }

    /// The resource's identity.
    public var address: ResourceAddress
    /// The primary artifacts (`Artifacts`).
    public var artifacts: Artifacts
    /// The secondary artifacts (`SecondaryArtifacts`).
    public var secondaryArtifacts: Resolved<[Artifacts]>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, artifacts: Artifacts, secondaryArtifacts: Resolved<[Artifacts]>) {
        self.address = address
        self.artifacts = artifacts
        self.secondaryArtifacts = secondaryArtifacts
    }
}
