import Foundation

/// Runs the built `rempart` binary and captures what it printed.
struct RempartProcess {
    /// What one run printed and returned.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the run was stopped because it exceeded its time limit.
        var timedOut: Bool
    }

    /// The package root, derived from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shared folder beside the package (absent outside the development machines), or the
    /// folder named by `REMPART_SHARED_DIR` for a checkout that lives elsewhere.
    static let sharedFolder: URL = {
        if let override = ProcessInfo.processInfo.environment["REMPART_SHARED_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// The binary: beside the test bundle when `swift test` built it, else in `.build/debug`.
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rempart"),
            packageRoot.appendingPathComponent(".build/debug/rempart"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `rempart` with `arguments` in `directory` and an environment without locale or color
    /// variables unless `environment` sets them.
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:],
        timeout: TimeInterval = 60
    ) throws -> Output {
        guard let binary else { throw MissingBinary() }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var base = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "AWS_REGION", "RECORD_SNAPSHOTS"] {
            base.removeValue(forKey: key)
        }
        process.environment = base.merging(environment) { $1 }

        // Files rather than pipes, so a large report cannot fill a pipe and block the child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rempart-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        process.standardInput = FileHandle.nullDevice

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            finished.wait()
        }
        try stdoutHandle.close()
        try stderrHandle.close()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self), timedOut: timedOut)
    }

    /// The binary was not built.
    struct MissingBinary: Error, CustomStringConvertible {
        var description: String { "the rempart binary was not found; run `swift build` first" }
    }
}
