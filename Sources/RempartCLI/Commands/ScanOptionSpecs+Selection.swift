extension ScanOptionSpecs {
    /// Returns the options of `rempart scan` with these names, in the order given, so other commands
    /// that scan declare them with the same names and help.
    static func named(_ names: [String]) -> [OptionSpec] {
        names.compactMap { name in all.first { $0.name == name } }
    }
}
