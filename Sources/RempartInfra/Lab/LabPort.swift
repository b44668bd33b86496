/// A port range the lab's security group opens, with what it serves.
public struct LabPort: Sendable, Equatable {
    public var fromPort: Int
    public var toPort: Int
    /// The service, used in the hardened rules' descriptions ("SSH from the admin CIDR").
    public var service: String

    /// The lab's ten TCP ranges, in the lab's order.
    public static let all = [
        LabPort(fromPort: 22, toPort: 22, service: "SSH"),
        LabPort(fromPort: 80, toPort: 80, service: "HTTP"),
        LabPort(fromPort: 443, toPort: 443, service: "HTTPS"),
        LabPort(fromPort: 53, toPort: 53, service: "DNS over TCP"),
        LabPort(fromPort: 1433, toPort: 1433, service: "Microsoft SQL Server"),
        LabPort(fromPort: 3306, toPort: 3306, service: "MySQL"),
        LabPort(fromPort: 5432, toPort: 5432, service: "PostgreSQL"),
        LabPort(fromPort: 3389, toPort: 3389, service: "RDP"),
        LabPort(fromPort: 1514, toPort: 1514, service: "Wazuh agent events"),
        LabPort(fromPort: 9200, toPort: 9300, service: "Wazuh indexer (OpenSearch)"),
    ]
}
