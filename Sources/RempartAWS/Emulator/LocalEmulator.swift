import Foundation
import RempartSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Installs, starts, stops and resets moto's server on 127.0.0.1, the local AWS emulator.
///
/// Uses the same layout as `scripts/emulator`, so either can stop what the other started: a
/// virtual environment in `<directory>/.venv/emulator` and the state in
/// `<directory>/.local/emulator.env`.
public struct LocalEmulator: Sendable {
    /// The moto version installed, pinned because tests rely on its behaviour.
    public static let motoVersion = "5.2.5"

    /// The project directory that contains `.venv/` and `.local/`.
    public var directory: URL
    /// The logger for install, start and stop steps.
    public var logger: Logger
    /// Seconds to wait for the server to respond after launch.
    public var startTimeout: TimeInterval

    /// Creates a controller for `directory`.
    public init(directory: URL, logger: Logger = .disabled, startTimeout: TimeInterval = 60) {
        self.directory = directory
        self.logger = logger
        self.startTimeout = startTimeout
    }

    /// The virtual environment.
    public var virtualEnvironment: URL { directory.appendingPathComponent(".venv/emulator") }
    /// The state file.
    public var stateFile: URL { directory.appendingPathComponent(".local/emulator.env") }
    /// The server's log file.
    public var logFile: URL { directory.appendingPathComponent(".local/emulator.log") }
    private var python: URL { virtualEnvironment.appendingPathComponent("bin/python") }

    // MARK: - Install

    /// Whether the pinned moto is installed in the virtual environment.
    public var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: python.path)
            && (try? run(
                python.path,
                ["-c", "import moto, sys; sys.exit(0 if moto.__version__ == '\(Self.motoVersion)' else 1)"])) == 0
    }

    /// Creates the virtual environment and installs `moto[server]` from PyPI, unless already done.
    ///
    /// - Throws: `AWSError.emulatorFailed` when python3 or pip fails.
    public func install() throws {
        if isInstalled { return }
        logger.info("installing moto \(Self.motoVersion)", metadata: ["emulator.venv": virtualEnvironment.path])
        guard try run("/usr/bin/env", ["python3", "-m", "venv", virtualEnvironment.path]) == 0 else {
            throw AWSError.emulatorFailed(reason: "cannot create '\(virtualEnvironment.path)'; install python3-venv")
        }
        let status = try run(
            python.path,
            ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "moto[server]==\(Self.motoVersion)"])
        guard status == 0 else {
            throw AWSError.emulatorFailed(
                reason: "pip could not install moto[server]==\(Self.motoVersion) (exit \(status))")
        }
    }

    // MARK: - Start, status, stop

    /// Starts the server on a free port of 127.0.0.1 and waits until it responds.
    ///
    /// - Returns: The running server's state; the existing one when it is already running.
    /// - Throws: `AWSError.emulatorFailed` when moto is missing, exits, or does not respond in time.
    public func start() async throws -> EmulatorState {
        if let state = status() { return state }
        guard isInstalled else {
            throw AWSError.emulatorFailed(
                reason: "moto is not installed; run 'scripts/emulator install' or 'rempart local install'")
        }
        let port = try Self.freePort()
        guard let endpoint = URL(string: "http://127.0.0.1:\(port)") else {
            throw AWSError.emulatorFailed(reason: "invalid port \(port)")
        }

        // 1. Launch the server, its output going to the log file.
        try FileManager.default.createDirectory(
            at: stateFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        // A failure surfaces as the error of opening the handle just below.
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let log = try FileHandle(forWritingTo: logFile)
        let process = Process()
        process.executableURL = python
        // A process spawned from a Swift thread inherits its blocked signals, SIGTERM included;
        // the launcher unblocks them so `stop` can end the server gracefully.
        let launcher = """
            import runpy, signal, sys
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
            sys.argv = ["moto_server", "-H", "127.0.0.1", "-p", "\(port)"]
            runpy.run_module("moto.server", run_name="__main__")
            """
        process.arguments = ["-c", launcher]
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let state = EmulatorState(pid: process.processIdentifier, port: port, endpoint: endpoint)
        logger.info(
            "starting emulator",
            metadata: ["emulator.pid": String(state.pid), "emulator.endpoint": endpoint.absoluteString])

        // 2. Poll its data endpoint until it responds, it exits, or the timeout passes.
        let deadline = Date().addingTimeInterval(startTimeout)
        while !(await Self.isResponding(endpoint)) {
            if !process.isRunning {
                throw AWSError.emulatorFailed(reason: "moto exited during startup; see '\(logFile.path)'")
            }
            if Date() > deadline {
                kill(state.pid, SIGTERM)
                throw AWSError.emulatorFailed(
                    reason: "moto did not respond within \(Int(startTimeout)) s; see '\(logFile.path)'")
            }
            try await Task.sleep(nanoseconds: 300_000_000)
        }

        // 3. Record the state for `status` and `stop`.
        try Data(state.fileText.utf8).write(to: stateFile)
        return state
    }

    /// Returns the recorded state when its process is alive, else nil.
    public func status() -> EmulatorState? {
        guard let text = try? String(contentsOf: stateFile, encoding: .utf8), let state = EmulatorState(fileText: text),
            Self.isEmulatorProcess(state.pid)
        else { return nil }
        return state
    }

    /// Stops the recorded server by its PID (SIGTERM, then SIGKILL after 5 s) and removes the state file.
    ///
    /// - Returns: Whether a running server was stopped.
    @discardableResult
    public func stop() async throws -> Bool {
        guard let text = try? String(contentsOf: stateFile, encoding: .utf8), let state = EmulatorState(fileText: text)
        else {
            return false
        }
        var stopped = false
        if Self.isEmulatorProcess(state.pid) {
            kill(state.pid, SIGTERM)
            for _ in 0..<50 where kill(state.pid, 0) == 0 {
                try await Task.sleep(nanoseconds: 100_000_000)
            }
            if kill(state.pid, 0) == 0 { kill(state.pid, SIGKILL) }
            stopped = true
            logger.info("stopped emulator", metadata: ["emulator.pid": String(state.pid)])
        }
        try? FileManager.default.removeItem(at: stateFile)
        return stopped
    }

    /// Whether `pid` is a live moto server. On Linux its command line must mention moto, so a
    /// stale state file whose PID now belongs to another program is neither reported as running
    /// nor signalled. Without `/proc` (macOS), any live PID is trusted.
    static func isEmulatorProcess(_ pid: Int32) -> Bool {
        guard pid > 1, kill(pid, 0) == 0 else { return false }
        guard let commandLine = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else {
            return !FileManager.default.fileExists(atPath: "/proc/self/cmdline")
        }
        return String(decoding: commandLine, as: UTF8.self).contains("moto")
    }

    // MARK: - Control API

    /// Wipes every resource in the emulator at `endpoint` (`POST /moto-api/reset`).
    public static func reset(_ endpoint: URL, transport: any HTTPTransport = URLSessionTransport()) async throws {
        let url = endpoint.appendingPathComponent("moto-api/reset")
        let response = try await transport.send(HTTPRequest(method: "POST", url: url), timeout: 30)
        guard response.isSuccess else {
            throw AWSError.emulatorFailed(reason: "reset returned HTTP \(response.status)")
        }
    }

    /// Whether `GET /moto-api/data.json` returns 200.
    public static func isResponding(_ endpoint: URL, transport: any HTTPTransport = URLSessionTransport()) async -> Bool
    {
        let url = endpoint.appendingPathComponent("moto-api/data.json")
        let response = try? await transport.send(HTTPRequest(method: "GET", url: url), timeout: 2)
        return response?.status == 200
    }

    /// Asks the kernel for a free TCP port on 127.0.0.1. Another program may take it before moto
    /// binds it; the start then fails and can be retried.
    public static func freePort() throws -> Int {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw AWSError.emulatorFailed(reason: "cannot open a socket") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else { throw AWSError.emulatorFailed(reason: "cannot bind 127.0.0.1:0") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
