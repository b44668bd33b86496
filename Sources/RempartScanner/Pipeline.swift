import Foundation
import RempartAdapters
import RempartModel
import RempartRules
import RempartSupport
import RempartTemplate

/// Reads, resolves, adapts and checks templates held in memory.
///
/// The scanner uses its steps for files; tests use `run` for rule examples and fixtures.
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

    /// The pipeline's output: resolved templates, AWS state, verdicts, skipped files and errors.
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

    /// The output of evaluation and rules for a set of templates.
    public struct Analysis: Sendable {
        public var templates: [ResolvedTemplate]
        public var state: AWSState
        /// The metadata of each rule that ran, in the order the rules were given.
        public var rules: [RuleMetadata]
        /// The verdicts of each rule, in the order of `rules`; grouping them by rule avoids a
        /// copy of the rule's metadata beside each of tens of thousands of verdicts.
        public var results: [[CheckResult]]
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
        let runnable = rules.filter { $0.metadata.runsByDefault && $0.metadata.scope == .everywhere }
        let analysis = analyze(templates, options: options, rules: runnable)
        return Output(
            templates: analysis.templates, state: analysis.state, results: analysis.results.flatMap { $0 },
            skipped: skipped, errors: errors)
    }

    /// Resolves `templates` together, so that `Fn::ImportValue` finds every export, then adapts
    /// them to the AWS state and runs every rule in `rules` on it. The `Globals` of SAM
    /// templates are merged into their resources first, as the SAM transform does.
    ///
    /// With `trimsSources`, each resolved template keeps only what reports read of the template
    /// as written (see `Template.trimmedForReporting()`), so the trees read from the files are
    /// freed before the rules run, provided the caller holds no other reference to them.
    public static func analyze(
        _ templates: consuming [Template], options: ResolutionOptions, rules: [any Rule], trimsSources: Bool = false
    ) -> Analysis {
        var resolved = TemplateResolver(options: options).resolve((consume templates).map(SAMGlobals.apply(to:)))
        if trimsSources {
            for index in resolved.indices { resolved[index].template = resolved[index].template.trimmedForReporting() }
        }
        let state = CloudFormationAdapter.adapt(resolved)
        let results = rules.map { $0.evaluate(state) }
        return Analysis(templates: resolved, state: state, rules: rules.map(\.metadata), results: results)
    }
}
