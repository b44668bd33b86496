import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import RempartSupport

/// The checked options of `rempart deploy` and `rempart destroy`.
struct DeployRequest {
    /// How resources are deployed.
    enum Method: String {
        case api
        case cloudformation
    }

    var method: Method
    var name: String
    /// The lab profile (`--lab-profile`); nil for destroy, which reads it from the state file.
    var profile: LabProfile?
    var parameters: LabParameters
    var isConfirmed: Bool
    var isDryRun: Bool
    /// Findings at or above this severity stop the deployment; nil stops on nothing.
    var failOn: Severity?
    var acceptsFindings: Bool
    /// The directory to upload, absolute; nil uploads nothing.
    var source: URL?
    var connection: ConfigurationOptions
    var workingDirectory: URL

    /// Reads and checks the parsed options of `command` (`deploy` or `destroy`).
    ///
    /// - Throws: `UsageError` for a missing or invalid name, profile, admin range or source directory.
    init(_ arguments: ParsedArguments, command: String, context: CommandContext) throws(UsageError) {
        let path = ["rempart", command]
        method = arguments.value("via").flatMap(Method.init(rawValue:)) ?? .api
        guard let name = arguments.value("name") else {
            throw UsageError(.missingValue(option: "--name"), commandPath: path)
        }
        do {
            try LabDeploymentPlan.validate(name: name)
        } catch {
            throw UsageError(
                .invalidArgument(
                    option: "--name", value: name,
                    reason: LocalizedText(
                        "use 1 to 24 lower-case letters, digits or hyphens, starting with a letter and not ending with "
                            + "a hyphen",
                        fr: "utilisez de 1 à 24 lettres minuscules, chiffres ou traits d'union, en commençant par une "
                            + "lettre et sans trait d'union final")),
                commandPath: path)
        }
        self.name = name

        profile = nil
        if command == "deploy" {
            guard let profileName = arguments.value("lab-profile") else {
                // `--profile` named the lab profile before it named the AWS profile, as in the AWS CLI.
                if let awsProfile = arguments.value("profile"), LabProfile(rawValue: awsProfile) != nil {
                    throw UsageError(
                        .invalidArgument(
                            option: "--profile", value: awsProfile,
                            reason: LocalizedText(
                                "'--profile' names the AWS profile; give the lab profile as '--lab-profile \(awsProfile)'",
                                fr: "« --profile » désigne le profil AWS ; indiquez le profil du laboratoire avec "
                                    + "« --lab-profile \(awsProfile) »")),
                        commandPath: path)
                }
                throw UsageError(.missingOption("--lab-profile"), commandPath: path)
            }
            profile = LabProfile(rawValue: profileName)
        }
        parameters = LabParameters()
        if let cidr = arguments.value("admin-cidr") {
            guard SynthRequest.isAdminRange(cidr) else {
                throw UsageError(
                    .invalidArgument(
                        option: "--admin-cidr", value: cidr,
                        reason: LocalizedText(
                            "expected an IPv4 CIDR block with a prefix length between /16 and /32, such as 203.0.113.7/32",
                            fr: "un bloc CIDR IPv4 avec un préfixe de /16 à /32 est attendu, par exemple 203.0.113.7/32"
                        )),
                    commandPath: path)
            }
            parameters.adminCIDR = cidr
        }

        isConfirmed = arguments.isSet("yes")
        isDryRun = arguments.isSet("dry-run")
        let failOnName = arguments.value("fail-on") ?? "high"
        failOn = failOnName == "none" ? nil : Severity(name: failOnName)
        acceptsFindings = arguments.isSet("accept-findings")
        workingDirectory = URL(fileURLWithPath: context.workingDirectory, isDirectory: true)

        // The source defaults to the project's own Sources/ when run from its root.
        if let given = arguments.value("source") {
            let url = URL(fileURLWithPath: given, relativeTo: workingDirectory).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                throw UsageError(
                    .invalidArgument(
                        option: "--source", value: given,
                        reason: LocalizedText("not a directory", fr: "ce n'est pas un dossier")),
                    commandPath: path)
            }
            source = url
        } else {
            let sources = workingDirectory.appendingPathComponent("Sources")
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: sources.path, isDirectory: &isDirectory)
            source = exists && isDirectory.boolValue ? sources : nil
        }
        connection = ConfigurationOptions(
            profile: arguments.value("profile"), region: arguments.value("region"),
            endpointURL: arguments.value("endpoint-url"))
    }

    /// Resolves credentials, region and endpoint, and returns the AWS clients.
    ///
    /// - Throws: `AWSError` when no credentials or region are found, or a profile or endpoint is invalid.
    func services(context: CommandContext, logger: Logger, transport: any HTTPTransport) async throws -> AWSServices {
        let environment = AWSEnvironment(
            variables: context.environment,
            homeDirectory: context.environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path)
        let configuration = try await AWSConfiguration.resolve(
            options: connection, environment: environment, logger: logger)
        return AWSServices(client: AWSClient(configuration: configuration, transport: transport, logger: logger))
    }
}
