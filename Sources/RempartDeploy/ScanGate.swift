import Foundation
import RempartInfra
import RempartReport
import RempartScanner
import RempartSupport

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

    /// Scans the API graph of `profile`: the same network, instances and storage the API deployment builds.
    ///
    /// - Throws: `DeployError.templateNotRendered` when the architecture cannot be written as a template.
    public func scan(profile: LabProfile, parameters: LabParameters = LabParameters(), language: Language = .english)
        throws -> Outcome
    {
        let stack = LabArchitecture.sdkGraph(profile: profile, parameters: parameters)
        let name = "lab-sdk-\(profile.rawValue).yaml"
        let text: String
        do {
            text = try Synthesizer.render(stack, as: .yaml)
        } catch {
            throw DeployError.templateNotRendered(stack: name, reason: "\(error)")
        }
        let result = Scanner().scan(sources: [Pipeline.Source(file: name, text: text)])
        let blocking = threshold.map { level in result.activeFindings.filter { $0.rule.severity >= level } } ?? []
        let report: String
        do {
            report = try JSONReporter(options: ReportOptions(language: language)).render(result)
        } catch {
            throw DeployError.templateNotRendered(stack: name, reason: "the JSON report cannot be written: \(error)")
        }
        return Outcome(result: result, blocking: blocking, report: Data(report.utf8), templateName: name)
    }
}
