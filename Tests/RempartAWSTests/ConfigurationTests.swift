import Foundation
import RempartAWS
import Testing

struct ConfigurationTests {
    /// A temporary home with `.aws/credentials` and `.aws/config`.
    struct Home {
        let directory: URL

        init(credentials: String = "", config: String = "") throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("home-\(UUID().uuidString)")
            let aws = directory.appendingPathComponent(".aws")
            try FileManager.default.createDirectory(at: aws, withIntermediateDirectories: true)
            try credentials.write(to: aws.appendingPathComponent("credentials"), atomically: true, encoding: .utf8)
            try config.write(to: aws.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        }

        func environment(_ variables: [String: String] = [:]) -> AWSEnvironment {
            AWSEnvironment(variables: variables, homeDirectory: directory.path)
        }
    }

    static let credentialsFile = """
        [default]
        aws_access_key_id = AKIDDEFAULT
        aws_secret_access_key = secretDefault

        # the lab account
        [lab]
        aws_access_key_id=AKIDLAB
        aws_secret_access_key=secretLab
        aws_session_token = tokenLab
        """
    static let configFile = """
        [default]
        region = us-east-1

        [profile lab]
        region = ca-central-1   ; Montréal
        endpoint_url = http://127.0.0.1:5000
        s3 =
          endpoint_url = http://127.0.0.1:5001
        max_attempts = 5

        [profile shared-services]
        region = us-east-1
        services = local-emulator

        [services local-emulator]
        kms =
          endpoint_url = http://127.0.0.1:5002
        cloudwatch =
          endpoint_url = http://127.0.0.1:5003

        [profile only-config]
        region = eu-west-3
        aws_access_key_id = AKIDCONFIG
        aws_secret_access_key = secretConfig
        """

    private func resolve(_ options: ConfigurationOptions = ConfigurationOptions(), _ variables: [String: String] = [:])
        async throws -> AWSConfiguration
    {
        let home = try Home(credentials: Self.credentialsFile, config: Self.configFile)
        defer { try? FileManager.default.removeItem(at: home.directory) }
        return try await AWSConfiguration.resolve(
            options: options, environment: home.environment(variables), transport: StubTransport([]))
    }

    @Test func environmentCredentialsComeFirst() async throws {
        let configuration = try await resolve(
            ConfigurationOptions(),
            ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "secretEnv", "AWS_SESSION_TOKEN": "tokenEnv"])
        #expect(
            configuration.credentials
                == AWSCredentials(accessKeyID: "AKIDENV", secretAccessKey: "secretEnv", sessionToken: "tokenEnv"))
        #expect(configuration.region == "us-east-1")
        #expect(configuration.profile == "default")
    }

    @Test func explicitProfileOverridesEnvironmentCredentials() async throws {
        let configuration = try await resolve(
            ConfigurationOptions(profile: "lab"),
            ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "secretEnv"])
        #expect(
            configuration.credentials
                == AWSCredentials(accessKeyID: "AKIDLAB", secretAccessKey: "secretLab", sessionToken: "tokenLab"))
        #expect(configuration.region == "ca-central-1")
        #expect(configuration.retryPolicy.maxAttempts == 5)
    }

    @Test func profileFromEnvironmentVariable() async throws {
        let configuration = try await resolve(ConfigurationOptions(), ["AWS_PROFILE": "lab"])
        #expect(configuration.credentials.accessKeyID == "AKIDLAB")
        #expect(try configuration.endpoint(for: .ec2).absoluteString == "http://127.0.0.1:5000")
        #expect(try configuration.endpoint(for: .s3).absoluteString == "http://127.0.0.1:5001")
    }

    @Test func credentialsFromConfigFile() async throws {
        let configuration = try await resolve(ConfigurationOptions(profile: "only-config"))
        #expect(configuration.credentials.accessKeyID == "AKIDCONFIG")
        #expect(configuration.region == "eu-west-3")
    }

    @Test func regionPrecedence() async throws {
        #expect(
            try await resolve(ConfigurationOptions(region: "us-west-2"), ["AWS_REGION": "eu-west-1"]).region
                == "us-west-2")
        #expect(
            try await resolve(ConfigurationOptions(), ["AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "eu-west-2"])
                .region == "eu-west-1")
        #expect(try await resolve(ConfigurationOptions(), ["AWS_DEFAULT_REGION": "eu-west-2"]).region == "eu-west-2")
    }

    @Test func endpointPrecedence() async throws {
        let variables = [
            "AWS_PROFILE": "lab", "AWS_ENDPOINT_URL": "http://127.0.0.1:6000",
            "AWS_ENDPOINT_URL_KMS": "http://127.0.0.1:6001",
        ]
        let fromEnvironment = try await resolve(ConfigurationOptions(), variables)
        #expect(try fromEnvironment.endpoint(for: .kms).absoluteString == "http://127.0.0.1:6001")
        #expect(try fromEnvironment.endpoint(for: .ec2).absoluteString == "http://127.0.0.1:6000")
        #expect(try fromEnvironment.endpoint(for: .s3).absoluteString == "http://127.0.0.1:5001")

        let fromFlag = try await resolve(ConfigurationOptions(endpointURL: "http://127.0.0.1:7000"), variables)
        #expect(try fromFlag.endpoint(for: .kms).absoluteString == "http://127.0.0.1:7000")

        let ignored = try await resolve(
            ConfigurationOptions(), variables.merging(["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"]) { $1 })
        #expect(try ignored.endpoint(for: .kms).absoluteString == "https://kms.ca-central-1.amazonaws.com")
        #expect(try ignored.endpoint(for: .iam).absoluteString == "https://iam.amazonaws.com")
    }

    @Test func servicesSectionSetsEndpoints() async throws {
        let configuration = try await resolve(
            ConfigurationOptions(),
            ["AWS_PROFILE": "shared-services", "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s"])
        #expect(try configuration.endpoint(for: .kms).absoluteString == "http://127.0.0.1:5002")
        #expect(try configuration.endpoint(for: .cloudWatch).absoluteString == "http://127.0.0.1:5003")
        #expect(try configuration.endpoint(for: .ec2).absoluteString == "https://ec2.us-east-1.amazonaws.com")
    }

    @Test func unknownProfileIsReported() async throws {
        await #expect(throws: AWSError.self) { try await resolve(ConfigurationOptions(profile: "missing")) }
        do {
            _ = try await resolve(ConfigurationOptions(profile: "missing"))
        } catch let error as AWSError {
            guard case .profileNotFound(let name, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(name == "missing")
        }
    }

    @Test func missingCredentialsNeverQueryInstanceMetadata() async throws {
        let home = try Home(config: "[default]\nregion = us-east-1\n")
        defer { try? FileManager.default.removeItem(at: home.directory) }
        let stub = StubTransport([])
        do {
            _ = try await AWSConfiguration.resolve(
                options: ConfigurationOptions(), environment: home.environment(), transport: stub)
            Issue.record("expected missing credentials")
        } catch let error as AWSError {
            guard case .missingCredentials(let profile, let searched) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(profile == "default")
            #expect(searched.last == "instance metadata (disabled; enable with --use-instance-metadata)")
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func invalidEndpointIsRejected() async throws {
        await #expect(throws: AWSError.invalidEndpoint(value: "127.0.0.1:5000", source: "AWS_ENDPOINT_URL")) {
            try await resolve(ConfigurationOptions(), ["AWS_ENDPOINT_URL": "127.0.0.1:5000"])
        }
    }

    @Test func invalidConfigLineHasLocation() {
        #expect(throws: AWSError.invalidConfigFile(path: "/x/config", line: 3, reason: "expected 'key = value'")) {
            try SharedConfigFile(text: "[default]\nregion = a\nnot a setting\n", path: "/x/config", kind: .config)
        }
    }

    @Test func customFilePathsFromEnvironment() async throws {
        let home = try Home()
        defer { try? FileManager.default.removeItem(at: home.directory) }
        let credentials = home.directory.appendingPathComponent("creds")
        let config = home.directory.appendingPathComponent("conf")
        try "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n".write(
            to: credentials, atomically: true, encoding: .utf8)
        try "[default]\nregion = ap-southeast-2\n".write(to: config, atomically: true, encoding: .utf8)
        let configuration = try await AWSConfiguration.resolve(
            options: ConfigurationOptions(),
            environment: home.environment([
                "AWS_SHARED_CREDENTIALS_FILE": credentials.path, "AWS_CONFIG_FILE": config.path,
            ]),
            transport: StubTransport([]))
        #expect(configuration.credentials.accessKeyID == "AKIDFILE")
        #expect(configuration.region == "ap-southeast-2")
    }
}

@Suite(.serialized, .enabled(if: ScriptedServer.isAvailable, "python3 is not installed"))
struct InstanceMetadataTests {
    @Test func optInReadsRoleCredentialsFromLocalServer() async throws {
        let server = try ScriptedServer([
            .respond(status: 200, body: "token-123"),
            .respond(status: 200, body: "lab-role"),
            .respond(
                status: 200,
                body: #"{"Code":"Success","AccessKeyId":"ASIAIMDS","SecretAccessKey":"imdsSecret","Token":"imdsToken"}"#
            ),
        ])
        defer { server.stop() }
        let home = try ConfigurationTests.Home(config: "[default]\nregion = us-east-1\n")
        defer { try? FileManager.default.removeItem(at: home.directory) }

        let configuration = try await AWSConfiguration.resolve(
            options: ConfigurationOptions(
                usesInstanceMetadata: true, instanceMetadataEndpoint: server.endpoint.absoluteString),
            environment: home.environment(), transport: URLSessionTransport())
        #expect(
            configuration.credentials
                == AWSCredentials(accessKeyID: "ASIAIMDS", secretAccessKey: "imdsSecret", sessionToken: "imdsToken"))

        let received = try await server.received()
        #expect(
            received.map { "\($0.method) \($0.path)" } == [
                "PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/",
                "GET /latest/meta-data/iam/security-credentials/lab-role",
            ])
        #expect(received[0].headers["x-aws-ec2-metadata-token-ttl-seconds"] == "21600")
        #expect(received[1].headers["x-aws-ec2-metadata-token"] == "token-123")
    }
}
