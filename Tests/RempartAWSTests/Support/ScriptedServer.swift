import Foundation
import RempartAWS

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A Python HTTP server on 127.0.0.1 replaying scripted responses; stopped by `stop()`.
final class ScriptedServer: @unchecked Sendable {
    /// One scripted answer.
    enum Step {
        case respond(status: Int, body: String, headers: [String: String] = [:])
        case drop

        var json: [String: Any] {
            switch self {
            case .respond(let status, let body, let headers):
                return ["status": status, "body": body, "headers": headers]
            case .drop: return ["drop": true]
            }
        }
    }

    /// One request the server received.
    struct Received: Decodable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: String
    }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/env")
            && (try? Process.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", "--version"])) != nil
    }

    let process = Process()
    let endpoint: URL
    private let scriptFile: URL

    init(_ steps: [Step]) throws {
        scriptFile = FileManager.default.temporaryDirectory.appendingPathComponent("script-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: steps.map(\.json)).write(to: scriptFile)
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", TestPaths.fixtures.appendingPathComponent("servers/scripted_server.py").path, scriptFile.path,
        ]
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        let port = String(decoding: line, as: UTF8.self)
        guard let url = URL(string: "http://127.0.0.1:\(port)"), Int(port) != nil else {
            process.terminate()
            throw AWSError.emulatorFailed(reason: "scripted server did not start")
        }
        endpoint = url
    }

    /// The requests served so far.
    func received() async throws -> [Received] {
        let response = try await URLSessionTransport().send(
            HTTPRequest(method: "GET", url: endpoint.appendingPathComponent("__requests")), timeout: 5)
        return try JSONDecoder().decode([Received].self, from: response.body)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: scriptFile)
    }
}
