import Foundation

/// A temporary directory holding files written by one test, removed by `remove()`.
struct Scratch {
    let url: URL

    /// Creates an empty directory under the system's temporary directory.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("rempart-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` (which may contain folders) and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Deletes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The parts of a JSON report the tests look at.
struct ReportDigest {
    struct Row: Hashable, CustomStringConvertible {
        var file: String
        var rule: String
        var line: Int
        var description: String { "\(file):\(line) \(rule)" }
    }

    var findings: [[String: Any]]
    var summary: [String: Any]

    /// Parses a JSON report printed by `rempart scan -f json`.
    init(_ text: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
        findings = object["findings"] as? [[String: Any]] ?? []
        summary = object["summary"] as? [String: Any] ?? [:]
    }

    /// Findings that count (not suppressed) as file, rule and line.
    var activeRows: [Row] {
        findings.filter { ($0["suppressed"] as? Bool) != true }.map(Self.row)
    }

    /// Suppressed findings as file, rule and line.
    var suppressedRows: [Row] {
        findings.filter { ($0["suppressed"] as? Bool) == true }.map(Self.row)
    }

    /// Active findings of rules whose ID starts with `prefix`.
    func active(withPrefix prefix: String) -> [[String: Any]] {
        findings.filter { ($0["suppressed"] as? Bool) != true && (($0["ruleId"] as? String) ?? "").hasPrefix(prefix) }
    }

    private static func row(_ finding: [String: Any]) -> Row {
        let location = finding["location"] as? [String: Any] ?? [:]
        let file = (location["file"] as? String).map { ($0 as NSString).lastPathComponent } ?? ""
        return Row(file: file, rule: finding["ruleId"] as? String ?? "", line: location["line"] as? Int ?? 0)
    }
}
