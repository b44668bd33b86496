import RempartSupport

/// A CloudFormation template as read from one file, before evaluation.
public struct Template: Sendable {
    /// The source format, which decides how suppressions are written.
    public enum Format: String, Sendable, Codable {
        case json
        case yaml
    }

    /// A comment of a YAML file, kept for inline suppressions (`# rempart:ignore:ID`).
    public struct Comment: Sendable, Hashable {
        /// The 1-based line of the comment.
        public var line: Int
        /// Whether nothing but whitespace precedes the comment on its line.
        public var isWholeLine: Bool
        /// The comment text after `#`, trimmed.
        public var text: String

        public init(line: Int, isWholeLine: Bool, text: String) {
            self.line = line
            self.isWholeLine = isWholeLine
            self.text = text
        }
    }

    /// The path used in every message and report (relative to the scan root).
    public var file: String
    /// JSON or YAML.
    public var format: Format
    /// The whole document.
    public var root: Node
    /// The comments of a YAML file, in line order; empty for JSON.
    public var comments: [Comment]
    /// Problems found while reading that did not stop it (duplicate keys, YAML aliases, …).
    public var diagnostics: [Diagnostic]

    public init(file: String, format: Format, root: Node, comments: [Comment] = [], diagnostics: [Diagnostic] = []) {
        self.file = file
        self.format = format
        self.root = root
        self.comments = comments
        self.diagnostics = diagnostics
    }

    /// The names of parameters declared with `NoEcho: true`, whose values must never be printed.
    public var noEchoParameters: Set<String> {
        Set((root["Parameters"]?.entries ?? []).filter { $0.value["NoEcho"]?.boolValue == true }.map(\.key))
    }

    /// The `Resources` section as declared, in document order.
    public var declaredResources: [Node.Entry] { root["Resources"]?.entries ?? [] }
}
