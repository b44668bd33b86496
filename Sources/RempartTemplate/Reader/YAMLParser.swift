import CYAML
import RempartSupport

/// Builds a `Node` tree from libyaml's event stream, with the position of every node.
///
/// The builder keeps a stack of open sequences and mappings instead of recursing. It resolves
/// anchors, aliases and merge keys (`<<`) and turns CloudFormation short tags into intrinsic
/// calls. It bounds the number of nodes that aliases may produce, so a "billion laughs"
/// document fails fast.
///
/// CloudFormation reads a template as one document, so the first document is the template.
/// The documents after it are read too, so the reader can reject a file that concatenates
/// templates rather than drop the rest without a word.
struct YAMLParser {
    /// A document after the first one in the stream.
    struct LaterDocument {
        /// The start of the document: its `---` line, or its first content.
        var start: SourceLocation
        /// The document's root, or nil when a syntax error stopped the reading inside it.
        var root: Node?
    }

    /// The result of parsing one file.
    struct Output {
        /// The first document's root, or nil when the stream contains no document.
        var root: Node?
        /// The documents after the first, up to the first syntax error among them.
        var laterDocuments: [LaterDocument] = []
        /// The comments of the file.
        var comments: [Template.Comment]
        /// Warnings: duplicate keys, unknown tags, aliases.
        var diagnostics: [Diagnostic]
    }

    /// The deepest nesting accepted; deeper documents are rejected so later recursive passes stay safe.
    static let maxDepth = 200

    /// Returns the number of nodes a document may produce through aliases and merges: the
    /// larger of 100,000 and 20 nodes per input byte. Without aliases a document yields at most
    /// a few nodes per byte, so only alias expansion comes near the bound.
    static func nodeLimit(forInputSize size: Int) -> Int {
        max(100_000, size.multipliedReportingOverflow(by: 20).partialValue)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var frames: [YAMLFrame] = []
    private var anchors: [String: YAMLFrame.Completed] = [:]
    private var producedNodes = 0
    private let nodeLimit: Int
    private var diagnostics: [Diagnostic] = []
    private var scalarSpans: [YAMLCommentScanner.Span] = []
    private var hasWarnedAboutAliases = false
    private var root: Node?
    private var laterDocuments: [LaterDocument] = []

    /// Creates a parser over `bytes`, which must be valid UTF-8 without a byte order mark.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        self.nodeLimit = Self.nodeLimit(forInputSize: bytes.count)
    }

    /// Parses the stream: the first document, then the later ones until the end or a syntax error.
    ///
    /// - Throws: `TemplateError` for a problem in the first document.
    mutating func parse() throws(TemplateError) -> Output {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw TemplateError(kind: .syntax, message: YAMLProblem.outOfMemory(), location: nil, file: file)
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        if let base = bytes.baseAddress {
            yaml_parser_set_input_string(parser, base, bytes.count)
        } else {
            return Output(root: nil, comments: [], diagnostics: [])
        }

        var event = yaml_event_t()
        var documents = 0
        loop: while true {
            guard yaml_parser_parse(parser, &event) != 0 else {
                // A problem in a later document ends the reading, and the first document is kept.
                guard documents > 1 else { throw YAMLProblem.error(from: parser.pointee, file: file, bytes: bytes) }
                break loop
            }
            defer { yaml_event_delete(&event) }

            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { startLaterDocument(at: location(of: event.start_mark)) }
            case YAML_STREAM_END_EVENT:
                break loop
            case YAML_SCALAR_EVENT:
                try handleScalar(event)
            case YAML_ALIAS_EVENT:
                try handleAlias(event)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                try open(.sequence, event: event, anchor: data.anchor, tag: data.tag)
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                try open(.mapping, event: event, anchor: data.anchor, tag: data.tag)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try close()
            default:
                break
            }
        }

        let comments = YAMLCommentScanner.comments(in: bytes, scalarSpans: scalarSpans)
        return Output(root: root, laterDocuments: laterDocuments, comments: comments, diagnostics: diagnostics)
    }

    /// Starts collecting a document after the first: anchors belong to one document only.
    private mutating func startLaterDocument(at start: SourceLocation) {
        anchors = [:]
        frames = []
        laterDocuments.append(LaterDocument(start: start, root: nil))
    }

    // MARK: - Events

    private mutating func handleScalar(_ event: yaml_event_t) throws(TemplateError) {
        let data = event.data.scalar
        let location = location(of: event.start_mark)
        let value = UnsafeBufferPointer(start: data.value, count: data.length)
        let tag = string(data.tag)
        let isPlain = data.style == YAML_PLAIN_SCALAR_STYLE

        if !isPlain, memchr(data.value, Int32(UInt8(ascii: "#")), data.length) != nil {
            // The content of a block scalar starts on the line after its `|` or `>` header,
            // which may carry a real comment.
            let isBlock = data.style == YAML_LITERAL_SCALAR_STYLE || data.style == YAML_FOLDED_SCALAR_STYLE
            scalarSpans.append(
                YAMLCommentScanner.Span(
                    startLine: event.start_mark.line + (isBlock ? 1 : 0),
                    startColumn: isBlock ? 0 : event.start_mark.column,
                    endLine: event.end_mark.line, endColumn: event.end_mark.column))
        }

        let node: Node
        if let tag {
            // The event starts at the tag; a plain scalar on one line ends where its text ends,
            // which gives the column of the text itself.
            var valueLocation = location
            if isPlain, event.start_mark.line == event.end_mark.line {
                let length = value.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                valueLocation.column = event.end_mark.column - length + 1
            }
            node = taggedScalar(value, tag: tag, isPlain: isPlain, location: location, valueLocation: valueLocation)
        } else if isPlain {
            node = Node(YAMLScalarResolver.resolve(value), at: location)
        } else {
            node = Node(.string(String(decoding: value, as: UTF8.self)), at: location)
        }
        // Keys keep the scalar as written, so `true:` or `22:` stay the text of the key.
        var keyText = ""
        var isMergeKey = false
        if frames.last?.isExpectingKey == true {
            if case .string(let text) = node.kind, tag == nil {
                keyText = text
            } else {
                keyText = String(decoding: value, as: UTF8.self)
            }
            isMergeKey = isPlain && tag == nil && keyText == "<<"
        }
        try complete(
            YAMLFrame.Completed(node: node, size: 1, keyText: keyText, isMergeKey: isMergeKey),
            anchor: string(data.anchor))
    }

    private mutating func taggedScalar(
        _ value: UnsafeBufferPointer<UInt8>, tag: String, isPlain: Bool, location: SourceLocation,
        valueLocation: SourceLocation
    ) -> Node {
        let text = String(decoding: value, as: UTF8.self)
        if let longName = ShortTag.longName(forTag: tag) {
            let argument = Node(.string(text), at: valueLocation)
            return ShortTag.call(longName, argument: argument, at: location, isPlainScalar: isPlain)
        }
        switch tag {
        case "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:binary":
            return Node(.string(text), at: location)
        case "tag:yaml.org,2002:null":
            return Node(.null, at: location)
        case "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float":
            let kind = YAMLScalarResolver.resolve(value)
            if case .string = kind { return Node(.string(text), at: location) }
            return Node(kind, at: location)
        default:
            diagnostics.append(YAMLProblem.unknownTag(tag, at: location))
            return Node(isPlain ? YAMLScalarResolver.resolve(value) : .string(text), at: location)
        }
    }

    private mutating func handleAlias(_ event: yaml_event_t) throws(TemplateError) {
        let location = location(of: event.start_mark)
        let name = string(event.data.alias.anchor) ?? ""
        guard var target = anchors[name] else {
            throw TemplateError(
                kind: .syntax, message: YAMLProblem.undefinedAlias(name), location: location, file: file)
        }
        warnAboutAliases(at: location)
        target.node.location = location
        if frames.last?.isExpectingKey == true, target.keyText.isEmpty {
            target.keyText = target.node.scalarText ?? NodeFormatter.compactJSON(target.node)
        }
        try complete(target, anchor: nil)
    }

    private mutating func open(
        _ kind: YAMLFrame.Kind, event: yaml_event_t, anchor: UnsafeMutablePointer<yaml_char_t>?,
        tag: UnsafeMutablePointer<yaml_char_t>?
    ) throws(TemplateError) {
        let location = location(of: event.start_mark)
        guard frames.count < Self.maxDepth else {
            throw TemplateError(
                kind: .syntax, message: YAMLProblem.tooDeep(Self.maxDepth), location: location, file: file)
        }
        frames.append(YAMLFrame(kind: kind, location: location, tag: string(tag), anchor: string(anchor)))
    }

    private mutating func close() throws(TemplateError) {
        guard var frame = frames.popLast() else { return }
        let node = frame.finish(diagnostics: &diagnostics)
        // A collection used as a key is rare and invalid in CloudFormation; its JSON text names it.
        let keyText = frames.last?.isExpectingKey == true ? NodeFormatter.compactJSON(node) : ""
        try complete(
            YAMLFrame.Completed(node: node, size: frame.size, keyText: keyText, isMergeKey: false), anchor: frame.anchor
        )
    }

    /// Adds a finished node to the open collection, or makes it the document root.
    private mutating func complete(_ completed: YAMLFrame.Completed, anchor: String?) throws(TemplateError) {
        producedNodes += completed.size
        if producedNodes > nodeLimit {
            throw TemplateError(
                kind: .expansionLimit, message: YAMLProblem.expansionLimit(nodeLimit),
                location: completed.node.location,
                file: file)
        }
        if let anchor {
            anchors[anchor] = completed
        }
        guard !frames.isEmpty else {
            if laterDocuments.isEmpty {
                if root == nil { root = completed.node }
            } else if laterDocuments[laterDocuments.count - 1].root == nil {
                laterDocuments[laterDocuments.count - 1].root = completed.node
            }
            return
        }
        frames[frames.count - 1].add(completed)
        if completed.isMergeKey { warnAboutAliases(at: completed.node.location) }
    }

    // MARK: - Helpers

    private mutating func warnAboutAliases(at location: SourceLocation) {
        guard !hasWarnedAboutAliases else { return }
        hasWarnedAboutAliases = true
        diagnostics.append(YAMLProblem.aliasesNeedPackaging(at: location))
    }

    private func location(of mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
