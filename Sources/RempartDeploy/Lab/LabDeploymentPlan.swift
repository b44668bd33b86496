import Foundation
import RempartAWS
import RempartInfra

/// The lab architecture of the SDK part as a graph of API steps, in the baseline or hardened profile.
///
/// Both profiles build the network (VPC, four subnets in two zones, internet gateway, two NAT
/// gateways with Elastic IPs, route tables, the lab's security group), the four t3.micro
/// instances, and the bucket (SSE-KMS with its own key, versioning, public access blocked,
/// TLS-only policy) holding the uploaded source and scan report. The hardened profile keeps the
/// public subnets from mapping public IPs, limits the security group to the admin range, and
/// adds an instance role and profile, IMDSv2 and encrypted root volumes, one `NetworkPacketsIn`
/// alarm per instance, REJECT flow logs to the bucket, server access logging of every bucket to a
/// log bucket, a CloudTrail trail of the bucket's data events (encrypted with the rotated bucket key
/// and sent to a CloudWatch Logs group), and a replica bucket with replication. Its security group
/// replaces AWS's allow-all egress rule with one documented rule limited to the VPC.
///
/// Step IDs are the same in both profiles, and the baseline's steps are a subset of the
/// hardened ones, so the hardened graph can remove a deployment of either profile.
public struct LabDeploymentPlan: Sendable {
    /// The deployment name, used in tags and resource names.
    public var name: String
    public var profile: LabProfile
    /// The region; the subnets go in its zones `a` and `b`.
    public var region: String
    /// CIDR blocks and the admin range.
    public var parameters: LabParameters
    /// The files uploaded under `sourcecode/`.
    public var sourceFiles: [SourceFile]
    /// The scan report uploaded beside them, as JSON.
    public var scanReport: Data?

    /// The SSM public parameter naming the latest Amazon Linux 2023 AMI.
    public static let linuxAMIParameter = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
    /// The name of the Windows AMI, looked up with `DescribeImages` because no SSM public parameter names it
    /// on every endpoint.
    public static let windowsAMIName = "Windows_Server-2016-English-Full-Base"
    /// The instance type of every lab instance.
    public static let instanceType = "t3.micro"
    /// The key of the scan report in the bucket.
    public static let scanReportKey = "scan-report.json"
    /// The prefix of the uploaded source in the bucket.
    public static let sourcePrefix = "sourcecode/"

    /// Creates a plan.
    public init(
        name: String, profile: LabProfile, region: String = "us-east-1", parameters: LabParameters = LabParameters(),
        sourceFiles: [SourceFile] = [], scanReport: Data? = nil
    ) {
        self.name = name
        self.profile = profile
        self.region = region
        self.parameters = parameters
        self.sourceFiles = sourceFiles
        self.scanReport = scanReport
    }

    /// Whether the profile is the hardened one.
    var isHardened: Bool { profile == .hardened }

    /// The whole graph.
    public var graph: DeploymentGraph {
        DeploymentGraph(steps: lookupSteps + networkSteps + computeSteps + storageSteps + hardeningSteps)
    }

    /// Checks that `name` can be part of bucket, role and trail names.
    ///
    /// - Throws: `DeployError.invalidName`.
    public static func validate(name: String) throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        guard let first = name.first, first.isLetter, name.count <= 24, name.allSatisfy(allowed.contains),
            !name.hasSuffix("-")
        else { throw DeployError.invalidName(name) }
    }

    // MARK: - Lookups

    /// The account ID (for bucket names) and the two AMIs.
    var lookupSteps: [DeploymentStep] {
        [
            DeploymentStep(id: "account", title: "Read the account ID", resourceType: ResourceRecord.lookupType) {
                context in
                ResourceRecord(
                    type: ResourceRecord.lookupType, id: try await context.services.sts.callerIdentity().account)
            },
            DeploymentStep(id: "linux-ami", title: "Find the Amazon Linux AMI", resourceType: ResourceRecord.lookupType)
            {
                context in
                let parameter = try await context.services.ssm.parameter(Self.linuxAMIParameter)
                return ResourceRecord(type: ResourceRecord.lookupType, id: parameter.value)
            },
            DeploymentStep(id: "windows-ami", title: "Find the Windows AMI", resourceType: ResourceRecord.lookupType) {
                context in
                let images = try await context.services.ec2.describeImages(
                    owners: ["amazon"], filters: [EC2.Filter("name", ["\(Self.windowsAMIName)*"])])
                guard
                    let image = images.filter({ $0.state == "available" || $0.state.isEmpty }).max(by: {
                        $0.name < $1.name
                    })
                else {
                    throw DeployError.stepAborted(
                        step: "windows-ami", title: "Find the Windows AMI",
                        reason: "no available image named '\(Self.windowsAMIName)*' owned by amazon")
                }
                return ResourceRecord(type: ResourceRecord.lookupType, id: image.id, attributes: ["name": image.name])
            },
        ]
    }

    /// The bucket names: global, so they carry the account and the region.
    static func bucketName(_ context: StepContext, suffix: String = "") async throws -> String {
        let account = try await context.id("account")
        return "\(context.namePrefix)-\(account)-\(context.services.region)\(suffix)"
    }
}
