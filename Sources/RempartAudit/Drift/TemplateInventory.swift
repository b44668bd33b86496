import Foundation
import RempartAdapters
import RempartModel
import RempartRules
import RempartScanner
import RempartSupport
import RempartTemplate

/// The resources that a set of templates declares, with their tags, for drift detection.
public struct TemplateInventory: Sendable {
    /// The templates' resources in the model.
    public var state: AWSState
    /// The literal `Tags` of each resource, keyed by `file#logicalID`.
    public var tags: [String: [String: String]]
    /// Files that could not be read as templates, with the reason.
    public var diagnostics: [Diagnostic]

    /// Creates an inventory.
    public init(state: AWSState, tags: [String: [String: String]] = [:], diagnostics: [Diagnostic] = []) {
        self.state = state
        self.tags = tags
        self.diagnostics = diagnostics
    }

    /// Reads the template files at `paths` (files, or directories searched for `.json`,
    /// `.yaml`, `.yml` and `.template` files), relative to `workingDirectory`, and evaluates
    /// them together with `options`.
    public static func read(_ paths: [String], workingDirectory: String, options: ResolutionOptions) -> TemplateInventory {
        var templates: [Template] = []
        var diagnostics: [Diagnostic] = []
        for path in paths.flatMap({ files(at: $0, workingDirectory: workingDirectory) }) {
            let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
            do {
                let data = try Data(contentsOf: url)
                if case .template(let template) = try TemplateReader.read(data, file: path) { templates.append(template) }
            } catch let error as TemplateError {
                diagnostics.append(error.diagnostic)
            } catch {
                var message = LocalizedText("cannot read the template", fr: "impossible de lire le modèle")
                if let reason = FileAccessProblem.problem(readingFile: url.path) {
                    message = LocalizedText(
                        "\(message.english): \(reason.english)", fr: "\(message.french) : \(reason.french)")
                }
                diagnostics.append(Diagnostic(.error, message, file: path))
            }
        }
        let analysis = Pipeline.analyze(templates, options: options, rules: [])
        var tags: [String: [String: String]] = [:]
        for template in analysis.templates {
            for resource in template.resources {
                tags[key(file: template.file, logicalID: resource.logicalID)] = literalTags(resource.properties["Tags"])
            }
        }
        return TemplateInventory(state: analysis.state, tags: tags, diagnostics: diagnostics)
    }

    /// The key of a template resource in `tags`.
    public static func key(file: String, logicalID: String) -> String { "\(file)#\(logicalID)" }

    private static func literalTags(_ node: Node?) -> [String: String] {
        var tags: [String: String] = [:]
        for tag in node?.elements ?? [] {
            if let key = tag["Key"]?.scalarText, let value = tag["Value"]?.scalarText { tags[key] = value }
        }
        return tags
    }

    private static func files(at path: String, workingDirectory: String) -> [String] {
        let full = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [path]
        }
        let extensions: Set<String> = ["json", "yaml", "yml", "template"]
        let names = (FileManager.default.subpaths(atPath: full) ?? []).filter {
            extensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased())
        }
        return names.sorted().map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
    }
}
