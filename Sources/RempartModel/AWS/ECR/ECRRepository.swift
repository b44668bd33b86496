/// An Amazon ECR repository (`AWS::ECR::Repository`).
public struct ECRRepository: AWSResource {
    /// One statement of the repository policy, reduced to what the rules read.
    public struct PolicyStatement: Sendable {
        /// `Allow` or `Deny`.
        public var effect: String
        /// The principals: `*` for `Principal: "*"`, and each value of `Principal.AWS`.
        public var awsPrincipals: [String]
        /// The actions (`Action`).
        public var actions: [String]
        /// Whether a `StringEquals` condition (plain or with a set operator) tests `aws:PrincipalOrgID`.
        public var isLimitedToOrganization: Bool
        /// Where the statement is written.
        public var origin: Origin

        /// Creates a statement.
        public init(effect: String, awsPrincipals: [String], actions: [String], isLimitedToOrganization: Bool, origin: Origin) {
            self.effect = effect
            self.awsPrincipals = awsPrincipals
            self.actions = actions
            self.isLimitedToOrganization = isLimitedToOrganization
            self.origin = origin
        }
    }

    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether images are scanned when pushed (`ImageScanningConfiguration.ScanOnPush`, default false).
    public var scansOnPush: Resolved<Bool>
    /// `MUTABLE` (the default) or `IMMUTABLE` (`ImageTagMutability`).
    public var imageTagMutability: Resolved<String>
    /// `AES256` (the default) or `KMS` (`EncryptionConfiguration.EncryptionType`).
    public var encryptionType: Resolved<String>
    /// The KMS key (`EncryptionConfiguration.KmsKey`), nil for the AWS managed key.
    public var kmsKey: Resolved<Identifier?>
    /// The statements of the repository policy (`RepositoryPolicyText`), empty without a policy.
    public var policyStatements: Resolved<[PolicyStatement]>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, scansOnPush: Resolved<Bool>, imageTagMutability: Resolved<String>,
        encryptionType: Resolved<String>, kmsKey: Resolved<Identifier?>,
        policyStatements: Resolved<[PolicyStatement]>
    ) {
        self.address = address
        self.scansOnPush = scansOnPush
        self.imageTagMutability = imageTagMutability
        self.encryptionType = encryptionType
        self.kmsKey = kmsKey
        self.policyStatements = policyStatements
    }
}
