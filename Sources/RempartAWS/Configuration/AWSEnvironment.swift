import Foundation

/// The environment variables and home directory that configuration is read from.
///
/// Passed explicitly, so tests use their own values and temporary files instead of the process's.
public struct AWSEnvironment: Sendable {
    /// The environment variables.
    public var variables: [String: String]
    /// The home directory that `~/.aws/…` refers to.
    public var homeDirectory: String

    /// Creates an environment.
    public init(variables: [String: String], homeDirectory: String) {
        self.variables = variables
        self.homeDirectory = homeDirectory
    }

    /// The current process's environment and home directory.
    public static var current: AWSEnvironment {
        let variables = ProcessInfo.processInfo.environment
        return AWSEnvironment(variables: variables, homeDirectory: variables["HOME"] ?? NSHomeDirectory())
    }

    /// The variable `name` when it is set and not empty.
    public subscript(name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// The credentials file: `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/credentials`.
    public var credentialsFilePath: String {
        expand(self["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials")
    }

    /// The config file: `AWS_CONFIG_FILE`, else `~/.aws/config`.
    public var configFilePath: String {
        expand(self["AWS_CONFIG_FILE"] ?? "~/.aws/config")
    }

    private func expand(_ path: String) -> String {
        path.hasPrefix("~/") ? homeDirectory + path.dropFirst() : path
    }
}
