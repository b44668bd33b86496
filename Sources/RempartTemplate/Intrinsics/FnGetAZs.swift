import RempartSupport

/// `Fn::GetAZs`: the Availability Zones of a region; `""` means the scan's region.
enum FnGetAZs: IntrinsicFunction {
    static let name = "Fn::GetAZs"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        // `!GetAZs` with nothing after it reads as null in converted templates; it means "".
        if case .null = argument.kind { return zones(in: evaluator.options.region, at: location) }
        let regionValue = evaluator.evaluateRequired(argument)
        if regionValue.containsUnknown { return regionValue.dependentUnknown(at: location) }
        guard let text = regionValue.knownText else {
            return evaluator.invalidCall(
                name, expected: LocalizedText("a region name or \"\"", fr: "un nom de région ou \"\""), at: location)
        }
        return zones(in: text.isEmpty ? evaluator.options.region : text, at: location)
    }

    private static func zones(in region: String, at location: SourceLocation) -> Node {
        guard let zones = AvailabilityZones.names(in: region) else {
            return .unknown(.unsupported("Availability Zones of region '\(region)'"), at: location)
        }
        return Node(.sequence(zones.map { Node(.string($0), at: location) }), at: location)
    }
}
