import RempartScanner
import Testing

/// AVD-AWS-0107 and RMP-AWS-0001 treat as open only the spellings of every address that
/// trivy-checks' `cidr_allows_all_ips` lists, so wide public ranges pass as they do in trivy.
struct PublicRangeTests {
    struct RangeCase: CustomTestStringConvertible, Sendable {
        var property: String
        var range: String
        var isOpen: Bool
        var testDescription: String { "\(property) \(range)" }
    }

    static let cases: [RangeCase] = [
        RangeCase(property: "CidrIp", range: "0.0.0.0/0", isOpen: true),
        RangeCase(property: "CidrIpv6", range: "::/0", isOpen: true),
        RangeCase(property: "CidrIpv6", range: "0000:0000:0000:0000:0000:0000:0000:0000/0", isOpen: true),
        RangeCase(property: "CidrIp", range: "0.0.0.0/1", isOpen: false),
        RangeCase(property: "CidrIp", range: "128.0.0.0/1", isOpen: false),
        RangeCase(property: "CidrIp", range: "8.8.0.0/16", isOpen: false),
        RangeCase(property: "CidrIpv6", range: "2000::/3", isOpen: false),
        RangeCase(property: "CidrIp", range: "10.0.0.0/8", isOpen: false),
    ]

    @Test(arguments: cases)
    func onlyEveryAddressCountsAsOpen(_ range: RangeCase) {
        let template = """
            Resources:
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: admin
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, \(range.property): "\(range.range)", Description: ssh}
                    - {IpProtocol: tcp, FromPort: 5432, ToPort: 5432, \(range.property): "\(range.range)", Description: db}
            """
        let result = Scanner().scan(sources: [Pipeline.Source(file: "t.yaml", text: template)])
        let rules = Set(result.findings.map(\.rule.id)).intersection(["AVD-AWS-0107", "RMP-AWS-0001"])
        #expect(rules == (range.isOpen ? ["AVD-AWS-0107", "RMP-AWS-0001"] : []))
        #expect(result.undecidedCount == 0)
    }
}
