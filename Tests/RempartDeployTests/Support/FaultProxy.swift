import Foundation
import RempartAWS

/// The Python proxy of `Fixtures/proxy/fault_proxy.py`, on 127.0.0.1 in front of the emulator: it fails one
/// operation or delays every call. Stopped by `stop()`.
final class FaultProxy: @unchecked Sendable {
    private let process = Process()
    /// Where clients send their calls.
    let endpoint: URL

    /// Starts the proxy in front of `upstream`.
    init(upstream: URL) throws {
        guard let script = Bundle.module.url(forResource: "Fixtures/proxy/fault_proxy", withExtension: "py") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, upstream.absoluteString]
        process.standardOutput = output
        try process.run()

        // The first line is the port.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        let port = String(decoding: line, as: UTF8.self)
        guard Int(port) != nil, let url = URL(string: "http://127.0.0.1:\(port)") else {
            process.terminate()
            throw AWSError.emulatorFailed(reason: "the fault proxy did not start")
        }
        endpoint = url
    }

    /// Fails every call of `failing` (nil for none) and delays every call by `latency` milliseconds; resets the counts.
    func configure(failing action: String? = nil, latency: Int = 0) async throws {
        var body: [String: JSONValue] = ["latency_ms": .number(Double(latency))]
        body["fail_action"] = action.map { .string($0) } ?? .null
        let request = HTTPRequest(
            method: "POST", url: endpoint.appendingPathComponent("__proxy/config"),
            headers: [HTTPHeader("Content-Type", "application/json")], body: JSONValue.object(body).encoded())
        _ = try await URLSessionTransport().send(request, timeout: 10)
    }

    /// How many calls the proxy failed since the last `configure`.
    func failedCount() async throws -> Int {
        let request = HTTPRequest(method: "GET", url: endpoint.appendingPathComponent("__proxy/stats"))
        let response = try await URLSessionTransport().send(request, timeout: 10)
        let stats = try JSONDecoder().decode(JSONValue.self, from: response.body)
        guard case .object(let fields) = stats, case .number(let failed)? = fields["failed"] else { return -1 }
        return Int(failed)
    }

    /// Stops the proxy.
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
