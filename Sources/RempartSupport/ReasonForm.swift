import Foundation

/// One form of an English reason with its French text, such as `parameter '{v}' has no value`
/// and `le paramètre « {1} » n'a pas de valeur`.
///
/// In the English pattern, `{v}` stands for a value copied as it is and `{r}` for a nested
/// reason that is itself translated. In the French text, `{1}`, `{2}`, … stand for those parts
/// in their English order, so the French sentence may place them differently.
public struct ReasonForm: Sendable {
    /// A piece of an English pattern.
    enum Piece: Hashable, Sendable {
        case literal(String)
        case value
        case reason
    }

    /// The English pattern, as pieces; two placeholders are never adjacent.
    let pieces: [Piece]
    /// The French text with numbered placeholders.
    let french: String

    /// Creates a form from its English pattern and French text.
    public init(_ english: String, _ french: String) {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(english)
        while !rest.isEmpty {
            if rest.hasPrefix("{v}") || rest.hasPrefix("{r}") {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(rest.hasPrefix("{v}") ? .value : .reason)
                rest = rest.dropFirst(3)
            } else {
                literal.append(rest.removeFirst())
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
        self.french = french
    }

    /// Returns the French text of `english` from the first of `forms` it has, with nested
    /// reasons translated by the same forms, or nil when it has none of them.
    public static func french(of english: String, forms: [ReasonForm]) -> String? {
        for form in forms {
            let text = form.french(of: english) { nested in Self.french(of: nested, forms: forms) ?? nested }
            if let text { return text }
        }
        return nil
    }

    /// Returns the French text of `english` when it has this form, with nested reasons
    /// translated by `translate`, or nil when it does not.
    public func french(of english: String, translate: (String) -> String) -> String? {
        guard let parts = Self.match(Substring(english), pieces[...]) else { return nil }
        let placeholders = pieces.filter { !$0.isLiteral }
        let rendered = zip(placeholders, parts).map { piece, part in piece == .reason ? translate(part) : part }

        // One pass over the French text, so a part that contains `{2}` is never replaced again.
        var text = ""
        var rest = Substring(french)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest[rest.index(after: open)...]
            if let close = afterOpen.firstIndex(of: "}"), let number = Int(afterOpen[..<close]),
                rendered.indices.contains(number - 1)
            {
                text += rendered[number - 1]
                rest = afterOpen[afterOpen.index(after: close)...]
            } else {
                text += "{"
                rest = afterOpen
            }
        }
        return text + rest
    }

    /// Returns the non-empty texts that fill the placeholders when `text` matches `pieces`,
    /// trying each end of a placeholder from the shortest.
    private static func match(_ text: Substring, _ pieces: ArraySlice<Piece>) -> [String]? {
        guard let first = pieces.first else { return text.isEmpty ? [] : nil }
        let rest = pieces.dropFirst()
        if case .literal(let literal) = first {
            guard text.hasPrefix(literal) else { return nil }
            return match(text.dropFirst(literal.count), rest)
        }
        guard case .literal(let next)? = rest.first else {
            // A placeholder at the end takes the rest of the text.
            return text.isEmpty ? nil : [String(text)]
        }
        var start = text.index(text.startIndex, offsetBy: 1, limitedBy: text.endIndex)
        while let from = start, let found = text[from...].range(of: next) {
            let part = text[..<found.lowerBound]
            // A value between quotes contains no quote, so `'a' …; 'b' …` does not read as one value.
            if next.hasPrefix("'"), part.contains("'") { return nil }
            if let parts = match(text[found.lowerBound...], rest) {
                return [String(part)] + parts
            }
            start = text.index(found.lowerBound, offsetBy: 1, limitedBy: text.endIndex)
        }
        return nil
    }
}

extension ReasonForm.Piece {
    /// Whether the piece is literal text rather than a placeholder.
    var isLiteral: Bool {
        if case .literal = self { return true }
        return false
    }
}
