import RempartModel
import RempartTemplate

/// Reads WAFv2 web ACLs and their managed rule groups.
enum WAFv2Adapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::WAFv2::WebACL").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            var acl = WAFv2WebACL(address: address(of: resource, in: template))
            switch reader.elements("Rules").state {
            case .unknown(let reason):
                acl.rules = .unresolved(reason, at: reader.origin)
            case .known(let rules):
                let origin = reader.node("Rules").map { Origin.source($0.location) } ?? acl.address.origin
                acl.rules = .explicit(rules.map(rule), at: origin)
            }
            return acl
        }
    }

    private static func rule(_ reader: PropertyReader) -> WAFv2WebACL.Rule {
        let group = reader.child("Statement", "ManagedRuleGroupStatement")
        var excluded: [Resolved<String>] = []
        if case .known(let rules) = group.elements("ExcludedRules").state {
            excluded = rules.compactMap { $0.string("Name") }
        }
        let overrideAction: Resolved<String?> =
            switch reader.lookup(["OverrideAction"]) {
            case .absent: .defaulted(nil, at: reader.origin)
            case .unknown(let reason, let origin): .unresolved(reason, at: origin)
            case .value(let node): .explicit(node.entries.first?.key, at: .source(node.location))
            }
        return WAFv2WebACL.Rule(
            managedRuleGroupName: group.optionalString("Name"), excludedRuleNames: excluded,
            overrideAction: overrideAction, origin: reader.origin)
    }
}
