import Foundation
import RempartTemplate
import Testing

/// Helpers shared by the template tests.
enum TestSupport {
    /// Reads `text` and expects a template.
    static func template(_ text: String, file: String = "t.yaml") throws -> Template {
        let result = try TemplateReader.read(Data(text.utf8), file: file)
        guard case .template(let template) = result else {
            throw TestFailure("not a template")
        }
        return template
    }

    /// Reads and resolves one template.
    static func resolved(
        _ text: String, file: String = "t.yaml", options: ResolutionOptions = ResolutionOptions()
    ) throws -> ResolvedTemplate {
        TemplateResolver(options: options).resolve([try template(text, file: file)])[0]
    }

    /// Returns the error of reading `text`, or nil when it reads.
    static func readError(_ text: String, file: String = "t.yaml") -> TemplateError? {
        do {
            _ = try TemplateReader.read(Data(text.utf8), file: file)
            return nil
        } catch {
            return error
        }
    }

    /// The package root, derived from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shared folder beside the package (`../shared`), or nil when it is absent.
    ///
    /// A git worktree kept one level deeper (`wt/NAME`) finds it one level up.
    static let sharedFolder: URL? = {
        let parent = packageRoot.deletingLastPathComponent()
        let candidates = [
            parent.appendingPathComponent("shared"),
            parent.deletingLastPathComponent().appendingPathComponent("shared"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("cases").path) }
    }()
}

/// A failure raised by a helper.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Node {
    /// Compact JSON, for exact comparisons.
    var json: String { NodeFormatter.compactJSON(self) }

    /// Follows a path of keys and indexes.
    func at(_ path: [Any]) -> Node? {
        var node: Node? = self
        for step in path {
            if let key = step as? String {
                node = node?[key]
            } else if let index = step as? Int {
                guard let elements = node?.elements, elements.indices.contains(index) else { return nil }
                node = elements[index]
            }
        }
        return node
    }
}

extension Node {
    /// Whether an `.intrinsic` node remains anywhere inside.
    var containsIntrinsic: Bool {
        switch kind {
        case .intrinsic: true
        case .sequence(let elements): elements.contains { $0.containsIntrinsic }
        case .mapping(let entries): entries.contains { $0.value.containsIntrinsic }
        default: false
        }
    }
}
