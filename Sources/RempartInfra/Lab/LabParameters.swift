/// The values the lab's templates take as parameters, with the lab's defaults.
public struct LabParameters: Sendable {
    /// The environment name prefixed to resource and export names.
    public var environmentName: String
    public var vpcCIDR: String
    public var publicSubnet1CIDR: String
    public var publicSubnet2CIDR: String
    public var privateSubnet1CIDR: String
    public var privateSubnet2CIDR: String
    /// The only range the hardened security group admits. The default is a documentation
    /// address (RFC 5737), so nothing is reachable until a real range is given.
    public var adminCIDR: String
    /// Whether the baseline bucket's name carries `EnvironmentName`, as
    /// `polystudent-bucket-<environment>-<account>`, so that several deployments share one account. False keeps
    /// the name of the lab's `s3.json`, `polystudent-bucket-<account>`, which one account holds once.
    public var namesBucketByEnvironment: Bool = false

    /// Creates parameters; the defaults are the lab's.
    public init(
        environmentName: String = "polystudent", vpcCIDR: String = "10.0.0.0/16",
        publicSubnet1CIDR: String = "10.0.0.0/24", publicSubnet2CIDR: String = "10.0.16.0/24",
        privateSubnet1CIDR: String = "10.0.128.0/24", privateSubnet2CIDR: String = "10.0.144.0/24",
        adminCIDR: String = "192.0.2.10/32"
    ) {
        self.environmentName = environmentName
        self.vpcCIDR = vpcCIDR
        self.publicSubnet1CIDR = publicSubnet1CIDR
        self.publicSubnet2CIDR = publicSubnet2CIDR
        self.privateSubnet1CIDR = privateSubnet1CIDR
        self.privateSubnet2CIDR = privateSubnet2CIDR
        self.adminCIDR = adminCIDR
    }
}
