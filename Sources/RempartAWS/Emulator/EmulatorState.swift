import Foundation

/// A running emulator as recorded in its state file (`EMULATOR_PID=…` lines, shell-readable).
public struct EmulatorState: Sendable, Equatable {
    /// The server's process ID.
    public var pid: Int32
    /// The TCP port on 127.0.0.1.
    public var port: Int
    /// The endpoint URL, `http://127.0.0.1:<port>`.
    public var endpoint: URL

    /// Creates a state.
    public init(pid: Int32, port: Int, endpoint: URL) {
        self.pid = pid
        self.port = port
        self.endpoint = endpoint
    }

    /// Reads a state file's `KEY=value` lines; nil when a value is missing or invalid.
    ///
    /// A PID of 1 or less is invalid: signalling 0 or -1 reaches a whole process group or
    /// every process the user may signal, and 1 is init.
    public init?(fileText: String) {
        var values: [String: String] = [:]
        for line in fileText.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        guard let pid = values["EMULATOR_PID"].flatMap({ Int32($0) }), pid > 1,
            let port = values["EMULATOR_PORT"].flatMap({ Int($0) }), (1...65535).contains(port),
            let endpoint = values["EMULATOR_ENDPOINT"].flatMap({ URL(string: $0) })
        else { return nil }
        self.init(pid: pid, port: port, endpoint: endpoint)
    }

    /// The state file text.
    public var fileText: String {
        "EMULATOR_PID=\(pid)\nEMULATOR_PORT=\(port)\nEMULATOR_ENDPOINT=\(endpoint.absoluteString)\n"
    }
}
