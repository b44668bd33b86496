import Foundation
import RempartAWS
import RempartInfra

/// The lab architecture deployed through the API: the steps derived from `LabArchitecture.apiApp`, plus
/// what the templates do not hold.
///
/// The constructs are the only definition of the architecture: `ConstructGraph` turns each into
/// a step (and its settings into further steps) whose provisioner makes the API calls. Three
/// lookups supply what CloudFormation would resolve itself: the account ID (for
/// `AWS::AccountId`), the Amazon Linux AMI (the SSM public parameter that `LatestAmiId` names)
/// and the Windows Server AMI (`WindowsAmiId`, from `DescribeImages`). One more step uploads the
/// source under `sourcecode/` and the scan report beside it, before the bucket's TLS-only
/// policy. `EnvironmentName` is `rempart-<name>`, so every name the constructs derive from it
/// carries the deployment.
public struct LabDeploymentPlan: Sendable {
    /// The deployment name, used in tags and resource names.
    public var name: String
    public var profile: LabProfile
    /// The region; the subnets go in its first two zones.
    public var region: String
    /// CIDR blocks and the admin range.
    public var parameters: LabParameters
    /// The files uploaded under `sourcecode/`.
    public var sourceFiles: [SourceFile]
    /// The scan report uploaded beside them, as JSON.
    public var scanReport: Data?

    /// The name prefix of the Windows AMI, looked up with `DescribeImages` because no SSM public parameter
    /// names it on every endpoint.
    public static let windowsAMIName = "Windows_Server-2016-English-Full-Base"
    /// The key of the scan report in the bucket.
    public static let scanReportKey = "scan-report.json"
    /// The prefix of the uploaded source in the bucket.
    public static let sourcePrefix = "sourcecode/"
    /// The logical ID of the bucket receiving the source.
    static let bucketID = "LabBucket"

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

    /// The environment name of the constructs: `rempart-<name>`.
    public var environmentName: String { "rempart-\(name)" }

    /// The constructs deployed.
    public var app: App {
        var labParameters = parameters
        labParameters.environmentName = environmentName
        labParameters.namesBucketByEnvironment = true
        return LabArchitecture.apiApp(profile: profile, parameters: labParameters)
    }

    /// The steps: the lookups, one per construct and setting, and the upload.
    ///
    /// - Throws: `DeployError.invalidArchitecture` or `.unsupportedResourceType` when the constructs cannot be
    ///   deployed through the API.
    public var graph: DeploymentGraph {
        get throws {
            let upload = sourceUploadStep
            let derived = ConstructGraph(
                app: app, resolver: resolver, lookups: lookupSteps, extraSteps: [upload],
                extraDependencies: ["\(Self.bucketID)Policy": [upload.id]])
            return DeploymentGraph(steps: try derived.steps())
        }
    }

    /// The values of the constructs' template parameters, as the state file records them.
    public var parameterValues: [String: String] {
        [
            "EnvironmentName": environmentName, "AdminCIDR": parameters.adminCIDR, "VpcCIDR": parameters.vpcCIDR,
            "PublicSubnet1CIDR": parameters.publicSubnet1CIDR, "PublicSubnet2CIDR": parameters.publicSubnet2CIDR,
            "PrivateSubnet1CIDR": parameters.privateSubnet1CIDR, "PrivateSubnet2CIDR": parameters.privateSubnet2CIDR,
        ]
    }

    /// Resolves the constructs' parameters: the lab's values, and the AMIs from the lookups.
    var resolver: ConstructResolver {
        ConstructResolver(
            app: app, parameters: parameterValues,
            parameterLookups: ["LatestAmiId": "linux-ami", "WindowsAmiId": "windows-ami"], accountStep: "account")
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

    // MARK: - Steps the templates do not hold

    /// The account ID and the two AMIs.
    var lookupSteps: [DeploymentStep] {
        [
            DeploymentStep(
                id: "account", title: "Read the account ID", frenchTitle: "Lire l'ID du compte",
                resourceType: ResourceRecord.lookupType
            ) { context in
                ResourceRecord(
                    type: ResourceRecord.lookupType, id: try await context.services.sts.callerIdentity().account)
            },
            DeploymentStep(
                id: "linux-ami", title: "Find the Amazon Linux AMI", frenchTitle: "Trouver l'AMI Amazon Linux",
                resourceType: ResourceRecord.lookupType
            ) { context in
                let parameter = try await context.services.ssm.parameter(LabArchitecture.amazonLinuxAMIParameter)
                return ResourceRecord(type: ResourceRecord.lookupType, id: parameter.value)
            },
            DeploymentStep(
                id: "windows-ami", title: "Find the Windows AMI", frenchTitle: "Trouver l'AMI Windows",
                resourceType: ResourceRecord.lookupType
            ) { context in
                let images = try await context.services.ec2.describeImages(
                    owners: ["amazon"], filters: [EC2.Filter("name", ["\(Self.windowsAMIName)*"])])
                let available = images.filter { $0.state == "available" || $0.state.isEmpty }
                guard let image = available.max(by: { $0.name < $1.name }) else {
                    throw DeployError.stepAborted(
                        step: "windows-ami", title: "Find the Windows AMI",
                        reason: "no available image named '\(Self.windowsAMIName)*' owned by amazon")
                }
                return ResourceRecord(type: ResourceRecord.lookupType, id: image.id, attributes: ["name": image.name])
            },
        ]
    }

    /// Uploads the source files under `sourcecode/` and the scan report beside them, before the bucket's
    /// TLS-only policy: the local emulator rejects every object request once a bucket has an
    /// `aws:SecureTransport` condition.
    var sourceUploadStep: DeploymentStep {
        let files = sourceFiles
        let report = scanReport
        let bucketID = Self.bucketID
        return DeploymentStep(
            id: "source-upload", title: "Upload source code and scan report",
            frenchTitle: "Téléverser le code source et le rapport d'analyse", resourceType: "AWS::S3::Object",
            dependencies: [bucketID, "\(bucketID)/Encryption", "\(bucketID)/Versioning", "\(bucketID)/PublicAccessBlock"]
        ) { context in
            let bucket = try await context.id(bucketID)
            let s3 = context.services.s3
            try await SourceUploader(maxConcurrentUploads: 8).upload(
                files, to: bucket, prefix: Self.sourcePrefix, s3: s3)
            if let report {
                _ = try await s3.putObject(
                    bucket: bucket, key: Self.scanReportKey, body: report, contentType: "application/json")
            }
            return ResourceRecord(
                type: "AWS::S3::Object", id: "s3://\(bucket)/\(Self.sourcePrefix)",
                attributes: ["files": String(files.count), "report": report == nil ? "" : Self.scanReportKey])
        }
    }
}
