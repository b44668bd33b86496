import Foundation
import RempartSupport

/// The files `rempart report -o FILE` writes, opened together before the scan: the report and,
/// beside a Markdown report, its diagram.
struct ReportOutputs {
    /// The report's path, as given.
    let reportPath: String
    /// The diagram's path beside a Markdown report, or nil.
    let diagramPath: String?
    private let report: ReportFile
    private let diagram: ReportFile?

    /// Opens the report at `path` and, when `includesDiagram`, the diagram beside it.
    ///
    /// - Returns: The open files, or nil after printing why one of them would replace an input
    ///   or cannot be written; nothing is left behind then.
    static func open(
        _ path: String, format: ReportCommand.Format, includesDiagram: Bool, inputs: [String],
        context: CommandContext
    ) -> ReportOutputs? {
        let diagramPath = includesDiagram ? ReportCommand.diagramFile(besides: path) : nil
        let paths = [path] + (diagramPath.map { [$0] } ?? [])
        guard !ScanRun.outputsReplaceInputs(paths, inputs: inputs, context: context) else { return nil }

        let example = format == .html ? "report.html" : "report.md"
        guard let report = ScanRun.open(path, example: example, context: context) else { return nil }
        var diagram: ReportFile?
        if let diagramPath {
            guard let opened = ScanRun.open(diagramPath, example: "report-architecture.svg", context: context) else {
                report.discard()
                return nil
            }
            diagram = opened
        }
        return ReportOutputs(reportPath: path, diagramPath: diagramPath, report: report, diagram: diagram)
    }

    /// Writes and commits the report.
    func writeReport(_ text: String, context: CommandContext) -> Bool {
        let isWritten = ScanRun.write(text, to: report, path: reportPath, context: context)
        if !isWritten { discardDiagram() }
        return isWritten
    }

    /// Writes and commits the diagram; on failure the report is discarded too.
    func writeDiagram(_ svg: String, context: CommandContext) -> Bool {
        guard let diagram, let diagramPath else { return false }
        let isWritten = ScanRun.write(svg, to: diagram, path: diagramPath, context: context)
        if !isWritten { report.discard() }
        return isWritten
    }

    /// Removes the diagram's temporary file, when no diagram is written.
    func discardDiagram() {
        diagram?.discard()
    }

    /// Removes both temporary files, when nothing is written.
    func discard() {
        report.discard()
        diagram?.discard()
    }
}
