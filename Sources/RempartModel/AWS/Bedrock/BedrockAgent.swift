/// An Amazon Bedrock agent (`AWS::Bedrock::Agent`).
public struct BedrockAgent: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The KMS key of the agent's data (`CustomerEncryptionKeyArn`), nil for the AWS owned key.
    public var customerEncryptionKeyARN: Resolved<Identifier?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, customerEncryptionKeyARN: Resolved<Identifier?>) {
        self.address = address
        self.customerEncryptionKeyARN = customerEncryptionKeyARN
    }
}
