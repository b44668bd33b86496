import Foundation

/// A Python proxy on 127.0.0.1 that forwards to the emulator but answers chosen S3 and EC2
/// reads with `AccessDenied` or `UnauthorizedOperation`, as an account whose policy denies
/// them would; stopped by `stop()`.
final class DenyingProxy: @unchecked Sendable {
    let endpoint: URL
    private let process = Process()

    /// Starts the proxy in front of `upstream`, denying GETs of the S3 subresources (`logging`)
    /// and the EC2 query actions (`Action=DescribeRouteTables`) listed in `denied`.
    init(upstream: URL, denying denied: [String]) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/denying_proxy.py")
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, upstream.absoluteString] + denied
        process.standardOutput = output
        try process.run()

        // The first line of output is the port.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        let port = String(decoding: line, as: UTF8.self)
        guard Int(port) != nil, let url = URL(string: "http://127.0.0.1:\(port)") else {
            process.terminate()
            throw CocoaError(.fileReadUnknown)
        }
        endpoint = url
    }

    /// Stops the proxy and waits up to five seconds for it to exit.
    ///
    /// `waitUntilExit()` spins when called from a task of the cooperative pool on Linux, so
    /// this polls `isRunning` instead.
    func stop() async {
        process.terminate()
        for _ in 0..<100 where process.isRunning {
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
    }
}
