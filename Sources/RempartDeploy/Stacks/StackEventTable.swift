import Foundation
import RempartSupport

/// Formats stack events as the rows of a fixed-width table, the way the CloudFormation console lists them.
public struct StackEventTable: Sendable {
    /// The width of each column but the last; longer values are cut with `…`.
    public var widths: (time: Int, stack: Int, logicalID: Int, status: Int)

    /// Creates a table with room for the lab's names.
    public init(widths: (time: Int, stack: Int, logicalID: Int, status: Int) = (8, 14, 28, 40)) {
        self.widths = widths
    }

    /// The header line and its underline, in English.
    public var header: String { header(in: .english) }

    /// The header line and its underline in `language`: `TIME STACK LOGICAL ID STATUS REASON`, or
    /// `HEURE PILE ID LOGIQUE STATUT RAISON`. The values of the rows are AWS's and stay as AWS writes them.
    public func header(in language: Language) -> String {
        let titles =
            language == .french
            ? line(time: "HEURE", stack: "PILE", logicalID: "ID LOGIQUE", status: "STATUT", reason: "RAISON")
            : line(time: "TIME", stack: "STACK", logicalID: "LOGICAL ID", status: "STATUS", reason: "REASON")
        let rule = line(
            time: dashes(widths.time), stack: dashes(widths.stack), logicalID: dashes(widths.logicalID),
            status: dashes(widths.status), reason: dashes(6))
        return titles + "\n" + rule
    }

    /// One row; the time is UTC `HH:mm:ss`, the status is followed by its detailed status in brackets.
    public func row(_ row: StackEventRow) -> String {
        let time = row.time.map(Self.clock) ?? "-"
        let status = row.detailedStatus.map { "\(row.status) (\($0))" } ?? row.status
        return line(
            time: time, stack: row.stack, logicalID: row.logicalID, status: status,
            reason: row.reason?.replacingOccurrences(of: "\n", with: " ") ?? "")
    }

    private func line(time: String, stack: String, logicalID: String, status: String, reason: String) -> String {
        let cells = [
            Self.fit(time, widths.time), Self.fit(stack, widths.stack), Self.fit(logicalID, widths.logicalID),
            Self.fit(status, widths.status), reason,
        ]
        var text = cells.joined(separator: "  ")
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    private func dashes(_ count: Int) -> String { String(repeating: "-", count: count) }

    /// Pads or cuts `text` to exactly `width` characters.
    static func fit(_ text: String, _ width: Int) -> String {
        if text.count <= width { return text.padding(toLength: width, withPad: " ", startingAt: 0) }
        return String(text.prefix(width - 1)) + "…"
    }

    /// `HH:mm:ss` in UTC.
    static func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
