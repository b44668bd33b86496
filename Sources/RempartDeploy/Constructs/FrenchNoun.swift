/// A French noun phrase naming a resource, with the gender and number that choose its article, the contractions
/// of `de` and `à` with that article, and the agreement of a past participle.
///
/// French contracts `de le` into `du`, `de les` into `des`, `à le` into `au` and `à les` into `aux`, and elides
/// `le` and `la` into `l'` before a vowel or a mute h. Titles built by pasting `de ` before `le VPC` would read
/// `de le VPC`, so they ask this type for `du VPC`.
public struct FrenchNoun: Sendable, Equatable {
    /// The grammatical gender.
    public enum Gender: Sendable, Equatable {
        case masculine
        case feminine
    }

    /// The noun and its complements, without article: `VPC`, `passerelle NAT`, `journaux de flux`.
    public var words: String
    public var gender: Gender
    public var isPlural: Bool

    /// Creates a noun phrase.
    public init(_ words: String, _ gender: Gender, plural: Bool = false) {
        self.words = words
        self.gender = gender
        self.isPlural = plural
    }

    /// Whether the singular article elides before `words`: `l'alarme`, `l'instance`, but `le VPC`.
    /// Acronyms read letter by letter elide when their first letter is said with a vowel sound
    /// (`l'IAM`); none of the resource names starts with one, so only vowels and h count here.
    public var elides: Bool {
        guard let first = words.first else { return false }
        return "aeiouyhéèêàâîôûAEIOUYHÉ".contains(first)
    }

    /// With its definite article: `le VPC`, `la passerelle NAT`, `l'alarme`, `les journaux de flux`.
    public var definite: String {
        if isPlural { return "les \(words)" }
        if elides { return "l'\(words)" }
        return gender == .masculine ? "le \(words)" : "la \(words)"
    }

    /// After `de`: `du VPC`, `de la passerelle NAT`, `de l'alarme`, `des journaux de flux`.
    public var afterDe: String {
        if isPlural { return "des \(words)" }
        if elides || gender == .feminine { return "de \(definite)" }
        return "du \(words)"
    }

    /// After `à`: `au compartiment`, `à la table de routage`, `à l'instance`, `aux journaux de flux`.
    public var afterÀ: String {
        if isPlural { return "aux \(words)" }
        if elides || gender == .feminine { return "à \(definite)" }
        return "au \(words)"
    }

    /// Returns `participle`, given in the masculine singular, agreed with the noun: `supprimé`, `supprimée`,
    /// `supprimés`, `supprimées`. A participle ending in `s`, such as `mis`, takes no second `s`.
    public func agreeing(_ participle: String) -> String {
        var result = participle
        if gender == .feminine { result += "e" }
        if isPlural && !result.hasSuffix("s") { result += "s" }
        return result
    }

    /// `était` or, for a plural noun, `étaient`.
    public var was: String { isPlural ? "étaient" : "était" }

    /// Returns `title` with `%` replaced by this noun followed by `name`, contracting `de %` and `à %`:
    /// `Régler les attributs DNS de %` becomes `Régler les attributs DNS du VPC VPC`.
    public func filling(_ title: String, name: String) -> String {
        title.replacingOccurrences(of: "de %", with: "\(afterDe) \(name)")
            .replacingOccurrences(of: "à %", with: "\(afterÀ) \(name)")
            .replacingOccurrences(of: "%", with: "\(definite) \(name)")
    }
}
