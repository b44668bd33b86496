/// A KMS key (`AWS::KMS::Key`).
public struct KMSKey: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `EnableKeyRotation`; AWS default false.
    public var isRotationEnabled: Resolved<Bool>
    /// `KeySpec`; AWS default `SYMMETRIC_DEFAULT`. Only symmetric and HMAC keys can rotate.
    public var keySpec: Resolved<String>
    /// `KeyUsage`; AWS default `ENCRYPT_DECRYPT`.
    public var keyUsage: Resolved<String>
    /// `Enabled`; AWS default true.
    public var isEnabled: Resolved<Bool>
    /// `KeyPolicy`; when absent AWS applies the default key policy (the account root).
    public var keyPolicy: Resolved<PolicyDocument?>

    /// Creates a key with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        isRotationEnabled = .defaulted(false, at: origin)
        keySpec = .defaulted("SYMMETRIC_DEFAULT", at: origin)
        keyUsage = .defaulted("ENCRYPT_DECRYPT", at: origin)
        isEnabled = .defaulted(true, at: origin)
        keyPolicy = .defaulted(nil, at: origin)
    }

    /// Whether the key spec supports automatic rotation (symmetric encryption and HMAC keys).
    public var supportsRotation: Resolved<Bool> {
        keySpec.map { $0 == "SYMMETRIC_DEFAULT" || $0.hasPrefix("HMAC") }
    }
}
