import RempartModel

/// The drift between the routes of a template route table and those of the live table it matched.
///
/// EC2 gives routes no ID, so routes pair up by destination. A template route whose destination
/// is unknown before deployment is not compared, nor is a target that resolves to no live ID
/// (a NAT gateway the account lacks, already reported missing). Live routes to a prefix list
/// are left out, because AWS adds them for gateway endpoints.
struct RouteDrift {
    /// The template's table.
    var declared: RouteTable
    /// The live table it matched.
    var live: RouteTable
    /// Returns the live ID a template identifier stands for, or nil when it is not known.
    var resolve: (Identifier) -> String?

    /// Returns the missing, modified and unmanaged routes, the template's in address order,
    /// then the live ones by destination.
    func entries() -> [ResourceDrift] {
        var liveRoutes = Dictionary(
            live.routes.compactMap { route in route.destination?.value.map { ($0, route) } },
            uniquingKeysWith: { first, _ in first })
        var drift: [ResourceDrift] = []

        for route in declared.routes.sorted(by: { $0.address < $1.address }) {
            guard let destination = route.destination?.value else { continue }
            guard let liveRoute = liveRoutes.removeValue(forKey: destination) else {
                drift.append(
                    ResourceDrift(
                        kind: .missing, type: route.address.type, logicalID: route.address.name,
                        file: route.address.file))
                continue
            }
            drift += differences(route, liveRoute)
        }
        for (destination, route) in liveRoutes.sorted(by: { $0.key < $1.key }) where !destination.hasPrefix("pl-") {
            drift.append(ResourceDrift(kind: .unmanaged, type: route.address.type, resourceID: route.address.name))
        }
        return drift
    }

    /// Compares a template route's target with the live route's, and reports a live route whose target is gone.
    private func differences(_ route: Route, _ liveRoute: Route) -> [ResourceDrift] {
        func entry(_ property: String, _ expected: String, _ actual: String) -> ResourceDrift {
            ResourceDrift(
                kind: .modified, type: route.address.type, logicalID: route.address.name, file: route.address.file,
                resourceID: liveRoute.address.name, property: property, expected: expected, actual: actual)
        }

        var drift: [ResourceDrift] = []
        let liveTarget = liveRoute.target?.value?.literal ?? "(absent)"
        if let kind = route.targetKind, let expected = route.target?.value.flatMap(resolve) {
            if liveRoute.targetKind != kind {
                drift.append(entry(kind, expected, "\(liveRoute.targetKind ?? "(no target)") \(liveTarget)"))
            } else if liveTarget != expected {
                drift.append(entry(kind, expected, liveTarget))
            }
        }
        if liveRoute.isBlackhole {
            drift.append(entry("State", "active", "blackhole"))
        }
        return drift
    }
}
