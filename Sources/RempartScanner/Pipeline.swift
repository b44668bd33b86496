import Foundation
import RempartAdapters
import RempartModel
import RempartRules
import RempartSupport
import RempartTemplate

/// Reads, resolves, adapts and checks templates held in memory.
///
/// The scanner uses it for files; tests use it for rule examples and fixtures.
public enum Pipeline {
    /// One template's text and the path it is reported under.
    public struct Source: Sendable {
        public var file: String
        public var text: String

        public init(file: String, text: String) {
            self.file = file
            self.text = text
        }
    }

    /// What the pipeline produced.
    public struct Output: Sendable {
        public var templates: [ResolvedTemplate]
        public var state: AWSState
        /// Every verdict of every rule, failed, passed and unknown.
        public var results: [CheckResult]
        /// Files that were valid JSON or YAML but not templates.
        public var skipped: [String]
        /// Files that could not be read.
        public var errors: [TemplateError]
    }

    /// Runs the whole pipeline on `sources` with `rules`.
    public static func run(
        _ sources: [Source], options: ResolutionOptions = ResolutionOptions(),
        rules: [any Rule] = AllRules.rules
    ) -> Output {
        var templates: [Template] = []
        var skipped: [String] = []
        var errors: [TemplateError] = []
        for source in sources {
            do {
                switch try TemplateReader.read(Data(source.text.utf8), file: source.file) {
                case .template(let template): templates.append(template)
                case .notATemplate: skipped.append(source.file)
                }
            } catch {
                errors.append(error)
            }
        }
        let resolved = TemplateResolver(options: options).resolve(templates)
        let state = CloudFormationAdapter.adapt(resolved)
        let results = rules.filter { $0.metadata.runsByDefault && $0.metadata.scope == .everywhere }
            .flatMap { $0.evaluate(state) }
        return Output(templates: resolved, state: state, results: results, skipped: skipped, errors: errors)
    }
}
