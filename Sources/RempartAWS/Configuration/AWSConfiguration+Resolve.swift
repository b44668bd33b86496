import Foundation
import RempartSupport

extension AWSConfiguration {
    /// Resolves region, credentials and endpoints as the AWS CLI does.
    ///
    /// 1. Profile: `--profile`, else `AWS_PROFILE`, else `default`.
    /// 2. Credentials: environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
    ///    `AWS_SESSION_TOKEN`) unless `--profile` was given, then the credentials file, then the
    ///    config file, then the instance metadata service only when `usesInstanceMetadata` is set.
    /// 3. Region: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`.
    /// 4. Endpoints: `--endpoint-url`, `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the
    ///    `[services name]` section the profile names, the profile's own `<service> =` block, the
///    profile's `endpoint_url`; the
    ///    environment and profile ones are skipped when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`.
    /// 5. Retries: `AWS_MAX_ATTEMPTS`, else the profile's `max_attempts`, else 3.
    ///
    /// See https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html and
    /// https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
    /// - Parameters:
    ///   - options: Command-line settings.
    ///   - environment: Variables and home directory.
    ///   - transport: Used only for the instance metadata service, when enabled.
    ///   - logger: Logs where each setting came from, at debug.
    /// - Returns: The configuration.
    /// - Throws: `AWSError` when a file is invalid, the profile is unknown, or no credentials or
    ///   region are found.
    public static func resolve(
        options: ConfigurationOptions, environment: AWSEnvironment = .current,
        transport: any HTTPTransport = URLSessionTransport(), logger: Logger = .disabled
    ) async throws -> AWSConfiguration {
        let profile = options.profile ?? environment["AWS_PROFILE"] ?? "default"
        let credentialsFile = try SharedConfigFile.load(path: environment.credentialsFilePath, kind: .credentials)
        let configFile = try SharedConfigFile.load(path: environment.configFilePath, kind: .config)
        let setting = { (key: String) in configFile.value(key, profile: profile) }

        // 1. The profile must exist when it was named.
        let profileExists = credentialsFile.profiles[profile] != nil || configFile.profiles[profile] != nil
        if profile != "default", !profileExists {
            throw AWSError.profileNotFound(name: profile, files: [credentialsFile.path, configFile.path])
        }

        // 2. Credentials.
        let credentials = try await resolveCredentials(
            profile: profile, explicitProfile: options.profile != nil, options: options, environment: environment,
            files: [credentialsFile, configFile], transport: transport, logger: logger)

        // 3. Region.
        guard
            let region = options.region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"]
                ?? setting("region")
        else { throw AWSError.missingRegion(profile: profile) }

        // 4. Endpoints.
        let ignoresConfigured = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true"
        var endpointURL: URL?
        var serviceEndpoints: [String: URL] = [:]
        if let flag = options.endpointURL {
            endpointURL = try parseEndpoint(flag, source: "--endpoint-url")
        } else if !ignoresConfigured {
            for service in AWSService.all {
                let variable = "AWS_ENDPOINT_URL_\(service.environmentName)"
                if let value = environment[variable] {
                    serviceEndpoints[service.environmentName] = try parseEndpoint(value, source: variable)
                } else if let (value, source) = serviceEndpointSetting(service, profile: profile, configFile: configFile) {
                    serviceEndpoints[service.environmentName] = try parseEndpoint(value, source: source)
                }
            }
            if let value = environment["AWS_ENDPOINT_URL"] {
                endpointURL = try parseEndpoint(value, source: "AWS_ENDPOINT_URL")
            } else if let value = setting("endpoint_url") {
                endpointURL = try parseEndpoint(value, source: "profile '\(profile)' endpoint_url")
            }
        }

        // 5. Retries.
        var retryPolicy = RetryPolicy()
        if let attempts = (environment["AWS_MAX_ATTEMPTS"] ?? setting("max_attempts")).flatMap({ Int($0) }) {
            retryPolicy.maxAttempts = max(1, attempts)
        }

        logger.debug(
            "resolved AWS configuration",
            metadata: [
                "aws.profile": profile, "aws.region": region, "aws.access_key_id": credentials.accessKeyID,
                "aws.endpoint": endpointURL?.absoluteString ?? "default",
            ])
        return AWSConfiguration(
            region: region, credentials: credentials, endpointURL: endpointURL, serviceEndpoints: serviceEndpoints,
            retryPolicy: retryPolicy, profile: profile)
    }

    /// The endpoint of `service` from the `[services name]` section the profile names in
    /// `services`, else from a `<service> =` block inside the profile itself.
    private static func serviceEndpointSetting(
        _ service: AWSService, profile: String, configFile: SharedConfigFile
    ) -> (value: String, source: String)? {
        let key = "\(service.environmentName.lowercased()).endpoint_url"
        if let section = configFile.value("services", profile: profile),
            let value = configFile.value(key, profile: "services:\(section)")
        {
            return (value, "[services \(section)] \(key)")
        }
        if let value = configFile.value(key, profile: profile) {
            return (value, "profile '\(profile)' \(key)")
        }
        return nil
    }

    private static func resolveCredentials(
        profile: String, explicitProfile: Bool, options: ConfigurationOptions, environment: AWSEnvironment,
        files: [SharedConfigFile], transport: any HTTPTransport, logger: Logger
    ) async throws -> AWSCredentials {
        var searched: [String] = []
        if !explicitProfile {
            searched.append("environment")
            if let key = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"] {
                return AWSCredentials(
                    accessKeyID: key, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"])
            }
        }
        for file in files {
            searched.append(file.path)
            if let key = file.value("aws_access_key_id", profile: profile),
                let secret = file.value("aws_secret_access_key", profile: profile)
            {
                return AWSCredentials(
                    accessKeyID: key, secretAccessKey: secret,
                    sessionToken: file.value("aws_session_token", profile: profile))
            }
        }
        if options.usesInstanceMetadata {
            let endpoint =
                options.instanceMetadataEndpoint ?? environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"]
                ?? InstanceMetadataClient.defaultEndpoint
            let client = InstanceMetadataClient(endpoint: endpoint, transport: transport, logger: logger)
            return try await client.credentials()
        }
        searched.append("instance metadata (disabled; enable with --use-instance-metadata)")
        throw AWSError.missingCredentials(profile: profile, searched: searched)
    }
}
