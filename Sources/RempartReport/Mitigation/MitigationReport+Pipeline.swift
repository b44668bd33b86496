import Foundation
import RempartRules
import RempartScanner

extension MitigationReport {
    /// Creates the report of a template scan, with the architecture diagram of its state.
    ///
    /// - Parameters:
    ///   - output: What `Pipeline.run` produced. Every file it read is listed in the summary,
    ///     including files that were not templates or could not be read.
    ///   - rules: The rules the pipeline ran, for their texts and severities.
    ///   - generatedAt: When the scan ran; nil leaves the date out.
    public init(output: Pipeline.Output, rules: [any Rule] = AllRules.rules, generatedAt: Date? = nil) {
        let metadata = rules.map(\.metadata)
        let files = Set(output.templates.map(\.file) + output.skipped + output.errors.map(\.file)).sorted()
        self.init(
            results: output.results, rules: metadata, subject: .files(files),
            diagram: ArchitectureGraph(state: output.state, results: output.results, rules: metadata),
            generatedAt: generatedAt)
    }
}
