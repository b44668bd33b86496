import RempartSupport

/// The identity of a resource in findings: a template resource or a live one.
public struct ResourceAddress: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The CloudFormation type, such as `AWS::EC2::SecurityGroup`, also used for live resources.
    public var type: String
    /// The logical ID for a template resource, or the resource ID or ARN for a live one.
    public var name: String
    /// The template file, for template resources.
    public var file: String?
    /// The region, for live resources.
    public var region: String?
    /// Where the resource is declared (its logical ID key), for template resources.
    public var location: SourceLocation?

    /// Creates the address of a resource declared in a template.
    public static func template(type: String, logicalID: String, at location: SourceLocation) -> ResourceAddress {
        ResourceAddress(type: type, name: logicalID, file: location.file, region: nil, location: location)
    }

    /// Creates the address of a live resource.
    public static func live(type: String, id: String, region: String?) -> ResourceAddress {
        ResourceAddress(type: type, name: id, file: nil, region: region, location: nil)
    }

    /// The origin of the resource itself, where defaulted attributes point.
    public var origin: Origin {
        if let location { return .source(location) }
        return .live(resourceID: name, region: region)
    }

    public var description: String { name }

    public static func < (lhs: ResourceAddress, rhs: ResourceAddress) -> Bool {
        (lhs.file ?? "", lhs.name, lhs.type) < (rhs.file ?? "", rhs.name, rhs.type)
    }
}
