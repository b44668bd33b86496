import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension RempartProcess {
    /// Runs `rempart` with `arguments` in `directory`, sends it SIGINT once its standard error contains `marker`
    /// and `isReady` returns true, and returns what it printed. Gives up with SIGKILL after `timeout` seconds.
    static func runInterrupted(
        _ arguments: [String], in directory: URL, environment: [String: String], after marker: String,
        when isReady: () -> Bool = { true }, timeout: TimeInterval = 60
    ) throws -> Output {
        guard let binary else { throw MissingBinary() }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rempart-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var base = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "AWS_REGION", "RECORD_SNAPSHOTS"] {
            base.removeValue(forKey: key)
        }
        process.environment = base.merging(environment) { $1 }
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()

        // Poll the standard error file for the marker and the caller's condition, then interrupt.
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = true
        while Date() < deadline, process.isRunning {
            let text = String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self)
            if text.contains(marker), isReady() {
                process.interrupt()
                timedOut = false
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        if timedOut, process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try stdoutHandle.close()
        try stderrHandle.close()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self), timedOut: timedOut)
    }
}

/// A TCP socket on 127.0.0.1 that accepts connections into its backlog and never responds, so that an AWS call to
/// it waits until its process is interrupted. Closed by `close()`.
struct SilentListener {
    let descriptor: Int32
    let port: UInt16

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, size) }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            Self.close(descriptor)
            throw CocoaError(.fileWriteUnknown)
        }
        var length = size
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    func close() {
        Self.close(descriptor)
    }

    private static func close(_ descriptor: Int32) {
        #if canImport(Glibc)
            _ = Glibc.close(descriptor)
        #else
            _ = Darwin.close(descriptor)
        #endif
    }
}
