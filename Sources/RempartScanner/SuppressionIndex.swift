import Foundation
import RempartRules
import RempartSecrets
import RempartSupport
import RempartTemplate

/// The in-source suppressions of one template: comment directives and resource metadata.
///
/// Comments (YAML only) suppress a finding when a `rempart:ignore:ID`, `trivy:ignore:ID` or
/// `tfsec:ignore:ID` directive (trivy reads the last two) is
/// - on the finding's line, or in the block of comment lines just above it;
/// - on the first line of a property or list item that contains the finding, or in the block
///   of comment lines just above it, as trivy matches a comment against a finding's parents;
/// - on the resource's logical-ID line, or in the block of comment lines just above it,
///   which covers the whole resource;
///
/// and a checkov `checkov:skip=ID` comment anywhere inside the resource covers the resource.
/// Metadata (any format) suppresses through `Metadata.rempart.ignore` (IDs, or objects with
/// `id` and `reason`) and checkov's `Metadata.checkov.skip` (objects with `id` and `comment`).
/// IDs match a rule's ID with or without `AVD-`, its slug, its long ID (`aws-ec2-SLUG`, as tfsec
/// wrote it), or one of its checkov aliases, and
/// `*` matches every rule. A comment directive may end with trivy's `:exp:YYYY-MM-DD`, after
/// which it no longer applies.
struct SuppressionIndex: Sendable {
    /// One suppressing directive.
    struct Directive: Sendable {
        var ruleNames: [String]
        var justification: String?
        var location: SourceLocation
        /// The start of the day from which the directive no longer applies.
        var expiry: Date?
        /// Whether the directive is Rempart's own (`rempart:ignore:`), whose IDs must name a rule.
        /// trivy and checkov directives may name checks that Rempart does not have.
        var isRempart = false
        /// The `exp:` section as written when its date is invalid; the directive then matches nothing.
        var invalidExpiry: String?
    }

    /// `rempart:`/`trivy:`/`tfsec:` directives by line.
    private var lineDirectives: [Int: [Directive]] = [:]
    /// `checkov:skip` directives by line.
    private var checkovDirectives: [Int: [Directive]] = [:]
    /// Lines holding only a comment.
    private var commentLines: Set<Int> = []
    /// Resources by logical ID: the line of the logical ID and the line the next resource starts.
    private var resourceLines: [String: (start: Int, end: Int)] = [:]
    /// The unresolved value of each resource, for the blocks that contain a finding.
    private var resourceNodes: [String: Node] = [:]
    /// Metadata directives by logical ID.
    private var metadataDirectives: [String: [Directive]] = [:]
    /// The day expiry dates are compared with.
    private var today: Date
    /// The `rempart:ignore:` comment directives, in file order.
    private var rempartDirectives: [Directive] = []
    /// The comment directives whose expiry date is invalid, in file order.
    private var invalidExpiryDirectives: [Directive] = []

    /// Indexes the comments and metadata of `template`. Directives whose expiry date is on or
    /// before `today` match nothing.
    init(_ template: ResolvedTemplate, today: Date = Date()) {
        self.today = today
        for comment in template.template.comments {
            let location = SourceLocation(file: template.file, line: comment.line, column: 1)
            if comment.isWholeLine { commentLines.insert(comment.line) }
            let parsed = Self.directives(in: comment.text, at: location)
            lineDirectives[comment.line, default: []].append(contentsOf: parsed.ignore)
            rempartDirectives += parsed.ignore.filter(\.isRempart)
            invalidExpiryDirectives += parsed.ignore.filter { $0.invalidExpiry != nil }
            checkovDirectives[comment.line, default: []].append(contentsOf: parsed.checkov)
        }

        for entry in template.template.declaredResources { resourceNodes[entry.key] = entry.value }
        let starts = template.template.declaredResources.map { ($0.key, $0.keyLocation.line) }.sorted { $0.1 < $1.1 }
        for (index, (logicalID, line)) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].1 : Int.max
            resourceLines[logicalID] = (line, end)
        }

        for resource in template.resources {
            guard let metadata = resource.metadata else { continue }
            metadataDirectives[resource.logicalID] = Self.metadataDirectives(metadata)
        }
    }

    /// Returns a warning for each name in a `rempart:ignore:` comment that is not `*` and names
    /// none of `rules`, in file order.
    func unknownRuleWarnings(_ rules: [RuleMetadata]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for directive in rempartDirectives {
            for name in directive.ruleNames
            where name != "*" && !rules.contains(where: { $0.isNamed(name) }) && !SecretRules.isRuleID(name) {
                warnings.append(
                    Diagnostic(
                        .warning,
                        LocalizedText(
                            "no rule is named '\(name)'; this comment suppresses nothing for it",
                            fr: "aucune règle ne s'appelle « \(name) » ; ce commentaire n'exempte rien pour elle"),
                        at: directive.location))
            }
        }
        return warnings
    }

    /// Returns a warning for each comment directive whose `exp:` date is invalid, in file order.
    /// Such a directive suppresses nothing, as in trivy, so the user must learn it here.
    func invalidExpiryWarnings() -> [Diagnostic] {
        invalidExpiryDirectives.compactMap { directive in
            guard let expiry = directive.invalidExpiry else { return nil }
            return Diagnostic(
                .warning,
                LocalizedText(
                    "invalid expiry '\(expiry)': expected exp:YYYY-MM-DD with a real date; this comment suppresses "
                        + "nothing",
                    fr: "expiration « \(expiry) » invalide : format attendu exp:AAAA-MM-JJ avec une date qui existe ; "
                        + "ce commentaire n'exempte rien"),
                at: directive.location)
        }
    }

    /// Returns the suppression that applies to `finding`, if any.
    func suppression(for finding: Finding) -> Suppression? {
        let resource = finding.resource.name
        if let directive = metadataDirectives[resource]?.first(where: { matches($0, finding) }) {
            return Suppression(
                kind: .inSource, source: .metadata, justification: directive.justification,
                location: directive.location)
        }

        var lines: [Int] = []
        if let line = finding.location?.line { lines += [line] + commentBlock(above: line) }
        let range = resourceLines[resource]
        if let line = finding.location?.line, let range, let node = resourceNodes[resource] {
            for start in Self.blockStarts(containing: line, in: node, end: range.end) where start != line {
                lines += [start] + commentBlock(above: start)
            }
        }
        if let start = range?.start { lines += [start] + commentBlock(above: start) }
        for line in lines {
            if let directive = lineDirectives[line]?.first(where: { matches($0, finding) }) {
                return comment(directive)
            }
        }

        guard let range else { return nil }
        for (line, directives) in checkovDirectives where line > range.start && line < range.end {
            if let directive = directives.first(where: { matches($0, finding) }) { return comment(directive) }
        }
        return nil
    }

    // MARK: - Helpers

    private func matches(_ directive: Directive, _ finding: Finding) -> Bool {
        if let expiry = directive.expiry, today >= expiry { return false }
        return directive.ruleNames.contains { $0 == "*" || finding.rule.isNamed($0) }
    }

    private func comment(_ directive: Directive) -> Suppression {
        Suppression(kind: .inSource, source: .comment, justification: directive.justification, location: directive.location)
    }

    /// Returns the first lines of the mapping entries and list items under `node` that contain
    /// `line`, innermost first. A block runs from its first line to the line before its next
    /// sibling, or to `end`. A block list counts only through its items, because it starts on
    /// its first item's line and would otherwise cover the later items.
    static func blockStarts(containing line: Int, in node: Node, end: Int) -> [Int] {
        var blocks: [(start: Int, value: Node)] = []
        if let elements = node.elements {
            blocks = elements.map { ($0.location.line, $0) }
        } else {
            blocks = node.entries.map { ($0.keyLocation.line, $0.value) }
        }
        // Entries merged in from a YAML alias can come from anywhere in the file.
        blocks.sort { $0.start < $1.start }
        for (index, block) in blocks.enumerated() {
            let blockEnd = index + 1 < blocks.count ? blocks[index + 1].start : end
            guard block.start <= line, line < blockEnd else { continue }
            var starts = blockStarts(containing: line, in: block.value, end: blockEnd)
            if starts.last != block.start { starts.append(block.start) }
            return starts
        }
        return []
    }

    /// The lines of the uninterrupted comment-only lines just above `line`, nearest first.
    private func commentBlock(above line: Int) -> [Int] {
        var lines: [Int] = []
        var current = line - 1
        while current > 0, commentLines.contains(current) {
            lines.append(current)
            current -= 1
        }
        return lines
    }

    /// Parses the directives of one comment's text.
    static func directives(in text: String, at location: SourceLocation) -> (ignore: [Directive], checkov: [Directive]) {
        var ignore: [Directive] = []
        var checkov: [Directive] = []
        let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        for (index, token) in tokens.enumerated() {
            let rest = tokens[(index + 1)...].joined(separator: " ")
            let justification = rest.isEmpty ? nil : rest
            for prefix in ["rempart:ignore:", "trivy:ignore:", "tfsec:ignore:"] where token.lowercased().hasPrefix(prefix) {
                // trivy writes `ID[attribute=value]:exp:YYYY-MM-DD`. The attribute filter is not
                // supported and ignored. An unreadable date, as in trivy, makes the directive expired.
                let sections = token.dropFirst(prefix.count).split(separator: ":", omittingEmptySubsequences: false)
                let list = sections[0].split(separator: "[", maxSplits: 1).first ?? ""
                let names = list.split(separator: ",").map(String.init)
                var expiry: Date?
                var invalidExpiry: String?
                for index in stride(from: 1, to: sections.count, by: 2) where sections[index] == "exp" {
                    let text = index + 1 < sections.count ? String(sections[index + 1]) : ""
                    expiry = IgnoreFile.date(from: text) ?? .distantPast
                    if expiry == .distantPast { invalidExpiry = "exp:\(text)" }
                }
                if !names.isEmpty {
                    var directive = Directive(
                        ruleNames: names, justification: justification, location: location, expiry: expiry)
                    directive.isRempart = prefix == "rempart:ignore:"
                    directive.invalidExpiry = invalidExpiry
                    ignore.append(directive)
                }
            }
            if token.lowercased().hasPrefix("checkov:skip=") {
                // checkov writes `checkov:skip=CKV_AWS_20:reason`.
                let body = token.dropFirst("checkov:skip=".count)
                let parts = body.split(separator: ":", maxSplits: 1)
                let names = (parts.first ?? "").split(separator: ",").map(String.init)
                let reason = ([parts.count > 1 ? String(parts[1]) : ""] + [rest]).filter { !$0.isEmpty }
                    .joined(separator: " ")
                if !names.isEmpty {
                    checkov.append(
                        Directive(ruleNames: names, justification: reason.isEmpty ? nil : reason, location: location))
                }
            }
        }
        return (ignore, checkov)
    }

    /// Reads `rempart.ignore` and `checkov.skip` from a resource's metadata.
    static func metadataDirectives(_ metadata: Node) -> [Directive] {
        var directives: [Directive] = []
        let sources: [(Node?, String)] = [(metadata["rempart"]?["ignore"], "reason"), (metadata["checkov"]?["skip"], "comment")]
        for (list, reasonKey) in sources {
            guard let list else { continue }
            for item in list.elements ?? [list] {
                if let name = item.scalarText {
                    directives.append(Directive(ruleNames: [name], justification: nil, location: item.location))
                } else if let name = item["id"]?.scalarText {
                    let reason = item[reasonKey]?.scalarText ?? item["reason"]?.scalarText
                    directives.append(Directive(ruleNames: [name], justification: reason, location: item.location))
                }
            }
        }
        return directives
    }
}
