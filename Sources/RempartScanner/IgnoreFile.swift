import Foundation
import RempartSupport

/// Suppressions listed in a file, one rule per line, as in trivy's `.trivyignore`.
///
/// ```
/// # Accepted: the bastion is reachable by SSH on purpose.
/// AVD-AWS-0107 vpc.yaml:BastionSecurityGroup
/// AVD-AWS-0124 LabSecurityGroup exp:2027-01-31
/// CKV_AWS_18
/// ```
///
/// Each line contains a rule ID (or slug, or checkov alias), optionally a target — a logical ID,
/// or `file:logicalID` where `file` matches the end of the finding's path — and optionally
/// `exp:YYYY-MM-DD`, after which the line no longer applies. `#` starts a comment.
public struct IgnoreFile: Sendable {
    /// One line of the file.
    public struct Entry: Sendable, Equatable {
        /// The rule named on the line.
        public var ruleName: String
        /// The file path suffix the entry is limited to, if any.
        public var file: String?
        /// The logical ID the entry is limited to, if any.
        public var resource: String?
        /// The first day the entry no longer applies.
        public var expiry: Date?
        /// The trailing comment, kept as the suppression's justification.
        public var comment: String?
        /// The entry's place in the ignore file.
        public var location: SourceLocation
    }

    /// The path of the file, as given.
    public var path: String
    /// The valid lines, in file order.
    public var entries: [Entry]
    /// Problems with lines that were left out (an invalid date, an empty target).
    public var diagnostics: [Diagnostic]

    /// Parses the text of an ignore file named `path`.
    public init(text: String, path: String) {
        self.path = path
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        for (offset, rawLine) in text.components(separatedBy: .newlines).enumerated() {
            let location = SourceLocation(file: path, line: offset + 1, column: 1)
            switch Self.parse(rawLine, at: location) {
            case .none: continue
            case .entry(let entry): entries.append(entry)
            case .invalid(let message): diagnostics.append(Diagnostic(.warning, message, at: location))
            }
        }
        self.entries = entries
        self.diagnostics = diagnostics
    }

    /// Reads the ignore file at `path`, naming it `displayPath` in locations and messages.
    ///
    /// - Throws: `CocoaError` when the file cannot be read.
    public static func load(path: String, displayPath: String? = nil) throws -> IgnoreFile {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return IgnoreFile(text: String(decoding: data, as: UTF8.self), path: displayPath ?? path)
    }

    /// Returns the entry that suppresses a finding, if one applies and has not expired.
    public func entry(matching finding: Finding, today: Date) -> Entry? {
        entries.first { entry in
            guard finding.rule.isNamed(entry.ruleName) else { return false }
            if let expiry = entry.expiry, today >= expiry { return false }
            if let resource = entry.resource, resource != finding.resource.name { return false }
            if let file = entry.file {
                let path = finding.file
                guard path == file || path.hasSuffix("/" + file) else { return false }
            }
            return true
        }
    }

    // MARK: - Parsing

    private enum ParsedLine {
        case none
        case entry(Entry)
        case invalid(LocalizedText)
    }

    private static func parse(_ rawLine: String, at location: SourceLocation) -> ParsedLine {
        var line = Substring(rawLine)
        var comment: String?
        if let hash = line.firstIndex(of: "#") {
            let text = line[line.index(after: hash)...].trimmingCharacters(in: .whitespaces)
            comment = text.isEmpty ? nil : text
            line = line[..<hash]
        }
        let tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let ruleName = tokens.first else { return .none }

        var entry = Entry(ruleName: ruleName, location: location)
        entry.comment = comment
        var target: String?
        for token in tokens.dropFirst() {
            if !token.hasPrefix("exp:") {
                // One target at most: a second one is a typo or a missing `#`, never silently dropped.
                if let target { return .invalid(extraToken(token, after: target)) }
                target = token
            }
            if token.hasPrefix("exp:") {
                guard let date = Self.date(from: String(token.dropFirst(4))) else {
                    return .invalid(invalidDate(token))
                }
                entry.expiry = date
            } else if let colon = token.lastIndex(of: ":") {
                entry.file = String(token[..<colon])
                entry.resource = String(token[token.index(after: colon)...])
                if entry.resource?.isEmpty == true { entry.resource = nil }
                if entry.file?.isEmpty == true { entry.file = nil }
            } else {
                entry.resource = token
            }
        }
        return .entry(entry)
    }

    /// Parses `YYYY-MM-DD` as the start of that day in UTC.
    /// Returns the start of the UTC day written `YYYY-MM-DD`, or nil when `text` is not a valid date.
    static func date(from text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    private static func extraToken(_ token: String, after target: String) -> LocalizedText {
        LocalizedText(
            "unexpected '\(token)' after the target '\(target)': a line holds a rule, at most one target and "
                + "exp:YYYY-MM-DD; start comments with #; the line is ignored",
            fr: "« \(token) » inattendu après la cible « \(target) » : une ligne contient une règle, au plus une cible "
                + "et exp:AAAA-MM-JJ; commencez les commentaires par #; la ligne est ignorée")
    }

    private static func invalidDate(_ token: String) -> LocalizedText {
        LocalizedText(
            "invalid expiry '\(token)': expected exp:YYYY-MM-DD; the line is ignored",
            fr: "expiration « \(token) » invalide : format attendu exp:AAAA-MM-JJ ; la ligne est ignorée")
    }
}
