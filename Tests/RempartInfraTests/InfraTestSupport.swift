import Foundation
import RempartInfra
import RempartTemplate
import Testing

/// Helpers shared by the RempartInfra tests.
enum InfraTestSupport {
    /// The package root, derived from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The lab's templates as committed in the repository.
    static let examples = packageRoot.appendingPathComponent("examples/lab")

    /// Reads `text` with the template reader and returns its root.
    static func read(_ text: String, file: String = "t.yaml") throws -> Node {
        guard case .template(let template) = try TemplateReader.read(Data(text.utf8), file: file) else {
            throw InfraTestFailure("\(file) is not a template")
        }
        return template.root
    }

    /// Reads a file with the template reader and returns its root.
    static func read(_ url: URL) throws -> Node {
        try read(String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.lastPathComponent)
    }

    /// A fresh, empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rempart-infra-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The anchor-tools venv (`ANCHORS_VENV`, else `~/.cache/rempart-anchors`) when it holds trivy, or nil.
    static let anchorsVenv: URL? = {
        let environment = ProcessInfo.processInfo.environment
        let path =
            environment["ANCHORS_VENV"]
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/rempart-anchors").path
        let venv = URL(fileURLWithPath: path)
        return FileManager.default.isExecutableFile(atPath: venv.appendingPathComponent("bin/trivy").path) ? venv : nil
    }()
}

/// A failure raised by a helper.
struct InfraTestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Node {
    /// Compact JSON in document order, for exact comparisons.
    var json: String { NodeFormatter.compactJSON(self) }

    /// Compact JSON with every mapping's keys sorted, for comparisons that ignore key order.
    var sortedJSON: String {
        switch kind {
        case .sequence(let elements): return "[" + elements.map(\.sortedJSON).joined(separator: ",") + "]"
        case .mapping(let entries):
            let sorted = entries.sorted { $0.key < $1.key }
            return "{" + sorted.map { "\"\($0.key)\":" + $0.value.sortedJSON }.joined(separator: ",") + "}"
        case .intrinsic(let call): return "{\"\(call.name)\":" + call.argument.sortedJSON + "}"
        default: return json
        }
    }
}
