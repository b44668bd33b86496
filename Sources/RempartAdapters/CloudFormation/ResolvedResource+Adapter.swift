import RempartModel
import RempartSupport
import RempartTemplate

extension ResolvedResource {
    /// The resource's address in findings, declared at its logical ID key.
    var address: ResourceAddress {
        .template(type: type, logicalID: logicalID, at: location)
    }

    /// Returns whether `identifier` names this resource: a `Ref`/`Fn::GetAtt` link to it, or
    /// a literal equal to one of `names` (its physical name properties, when known).
    func isNamed(by identifier: Identifier, names: [String] = []) -> Bool {
        switch identifier {
        case .resource(let link): link.file == location.file && link.logicalID == logicalID
        case .literal(let text): !text.isEmpty && names.contains(text)
        }
    }
}
