import Foundation
import RempartInfra
import RempartReport
import RempartScanner
import RempartSupport
import RempartTemplate

/// Synthesizes the architecture about to be deployed, scans it, and decides whether deployment may go on.
public struct ScanGate: Sendable {
    /// The outcome of the scan.
    public struct Outcome: Sendable {
        /// The scan of the synthesized template.
        public var result: ScanResult
        /// The findings at or above the threshold.
        public var blocking: [Finding]
        /// The JSON report, uploaded beside the source.
        public var report: Data
        /// The file name the template was scanned under.
        public var templateName: String

        /// Whether the deployment has to stop.
        public var blocks: Bool { !blocking.isEmpty }
    }

    /// Findings at or above this severity block the deployment; nil blocks nothing.
    public var threshold: Severity?

    /// Creates a gate.
    public init(threshold: Severity?) {
        self.threshold = threshold
    }

    /// Scans the stacks that the API deployment `name` of `profile` derives its steps from
    /// (`LabArchitecture.apiApp`), with `EnvironmentName` set to `rempart-<name>` as the deployment sets it.
    ///
    /// - Throws: `DeployError.templateNotRendered` when a stack cannot be written as a template.
    public func scan(
        name: String, profile: LabProfile, parameters: LabParameters = LabParameters(), language: Language = .english
    ) throws -> Outcome {
        let plan = LabDeploymentPlan(name: name, profile: profile, parameters: parameters)
        var sources: [Pipeline.Source] = []
        for stack in plan.app.stacks {
            let (fileName, format) = Synthesizer.fileName(of: stack, forcing: nil)
            do {
                sources.append(Pipeline.Source(file: fileName, text: try Synthesizer.render(stack, as: format)))
            } catch {
                throw DeployError.templateNotRendered(stack: fileName, reason: "\(error)")
            }
        }
        let options = ScanOptions(resolution: ResolutionOptions(parameters: ["EnvironmentName": plan.environmentName]))
        return try scan(sources, options: options, language: language)
    }

    /// Scans the three stacks of the CloudFormation deployment named `name`, with `EnvironmentName` set to it.
    ///
    /// - Throws: `DeployError.templateNotRendered` when a template cannot be written.
    public func scanStacks(
        name: String, profile: LabProfile, parameters: LabParameters = LabParameters(), language: Language = .english
    ) throws -> Outcome {
        let sources = try StackTemplate.lab(name: name, profile: profile, parameters: parameters).joined().map {
            Pipeline.Source(file: $0.fileName, text: $0.body)
        }
        let options = ScanOptions(resolution: ResolutionOptions(parameters: ["EnvironmentName": name]))
        return try scan(sources, options: options, language: language)
    }

    /// Scans `sources` and renders the JSON report.
    private func scan(_ sources: [Pipeline.Source], options: ScanOptions, language: Language) throws -> Outcome {
        let result = Scanner(options: options).scan(sources: sources)
        let blocking = threshold.map { level in result.activeFindings.filter { $0.rule.severity >= level } } ?? []
        let names = sources.map(\.file).joined(separator: ", ")
        let report: String
        do {
            report = try JSONReporter(options: ReportOptions(language: language)).render(result)
        } catch {
            throw DeployError.templateNotRendered(stack: names, reason: "the JSON report cannot be written: \(error)")
        }
        return Outcome(result: result, blocking: blocking, report: Data(report.utf8), templateName: names)
    }
}
