/// The names of a resource type in step titles: `VPC` in English, `le VPC` (a masculine noun) in French.
public struct ResourceNoun: Sendable, Equatable {
    /// The English noun, without article: `VPC`, `NAT gateway`.
    public var english: String
    /// The French noun phrase, with its gender and number.
    public var french: FrenchNoun

    /// Creates the names of a resource type.
    public init(_ english: String, fr french: FrenchNoun) {
        self.english = english
        self.french = french
    }
}
