import Foundation

/// The result of parsing a command line against a `CommandSpec`.
public struct ParsedArguments: Sendable, Equatable {
    /// The command names from the root to the selected command: `["rempart", "scan"]`.
    public var commandPath: [String]
    /// The values of value-taking options by long name, in command-line order.
    public var values: [String: [String]]
    /// How many times each flag or counter was given, by long name.
    public var counts: [String: Int]
    /// The positional arguments, in order.
    public var positionals: [String]

    /// Creates parsed arguments; the parser is the usual source.
    public init(
        commandPath: [String], values: [String: [String]] = [:], counts: [String: Int] = [:],
        positionals: [String] = []
    ) {
        self.commandPath = commandPath
        self.values = values
        self.counts = counts
        self.positionals = positionals
    }

    /// The last value of a single-value option, or nil when it was not given.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option, splitting comma-separated lists when `splitLists` is set.
    public func allValues(_ name: String, splitLists: Bool = false) -> [String] {
        let raw = values[name] ?? []
        guard splitLists else { return raw }
        return raw.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
    }

    /// Whether a flag was given at least once.
    public func isSet(_ name: String) -> Bool { (counts[name] ?? 0) > 0 }

    /// How many times a counter was given (`-vv` is 2).
    public func count(_ name: String) -> Int { counts[name] ?? 0 }
}
