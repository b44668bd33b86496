import RempartModel
import RempartSupport

/// Security groups must not let any address reach database, directory, file-sharing, cache,
/// search, container-management or monitoring-agent ports.
///
/// The same check as AVD-AWS-0107 over another table of ports. trivy stops at SSH and RDP,
/// but a database or search port open to 0.0.0.0/0 is as dangerous as SSH.
struct SecurityGroupBlocksPublicServicePorts: Rule {
    /// A port or range of the table, with the service it usually belongs to.
    struct SensitivePort: Sendable {
        let ports: ClosedRange<Int>
        /// The service's name, in French too where it is not a product name alone.
        let service: LocalizedText

        init(ports: ClosedRange<Int>, service: String, fr french: String? = nil) {
            self.ports = ports
            self.service = LocalizedText(service, fr: french ?? service)
        }
    }

    /// The ports checked. SSH and RDP belong to AVD-AWS-0107 and HTTP (80) to RMP-AWS-0240;
    /// HTTPS (443) is left out.
    static let table: [SensitivePort] = [
        SensitivePort(ports: 20...21, service: "FTP"),
        SensitivePort(ports: 23...23, service: "Telnet"),
        SensitivePort(ports: 53...53, service: "DNS"),
        SensitivePort(ports: 111...111, service: "RPC portmapper", fr: "portmapper RPC"),
        SensitivePort(ports: 135...135, service: "Microsoft RPC", fr: "RPC Microsoft"),
        SensitivePort(ports: 137...139, service: "NetBIOS"),
        SensitivePort(ports: 389...389, service: "LDAP"),
        SensitivePort(ports: 445...445, service: "SMB"),
        SensitivePort(ports: 1433...1434, service: "Microsoft SQL Server"),
        SensitivePort(ports: 1514...1515, service: "Wazuh/OSSEC agents", fr: "agents Wazuh/OSSEC"),
        SensitivePort(ports: 1521...1521, service: "Oracle Database"),
        SensitivePort(ports: 2049...2049, service: "NFS"),
        SensitivePort(ports: 2375...2376, service: "Docker API", fr: "API Docker"),
        SensitivePort(ports: 2379...2380, service: "etcd"),
        SensitivePort(ports: 3306...3306, service: "MySQL/MariaDB"),
        SensitivePort(ports: 5432...5432, service: "PostgreSQL"),
        SensitivePort(ports: 5601...5601, service: "Kibana/OpenSearch Dashboards"),
        SensitivePort(ports: 5900...5900, service: "VNC"),
        SensitivePort(ports: 5984...5984, service: "CouchDB"),
        SensitivePort(ports: 6379...6379, service: "Redis"),
        SensitivePort(ports: 6443...6443, service: "Kubernetes API", fr: "API Kubernetes"),
        SensitivePort(ports: 7000...7001, service: "Cassandra"),
        SensitivePort(ports: 9042...9042, service: "Cassandra CQL"),
        SensitivePort(ports: 9092...9092, service: "Kafka"),
        SensitivePort(ports: 9200...9300, service: "Elasticsearch/OpenSearch"),
        SensitivePort(ports: 10250...10250, service: "kubelet"),
        SensitivePort(ports: 11211...11211, service: "Memcached"),
        SensitivePort(ports: 27017...27018, service: "MongoDB"),
    ]

    static let metadata = RuleMetadata(
        id: "RMP-AWS-0001",
        slug: "no-world-open-sensitive-ports",
        service: "ec2",
        severity: .high,
        title: LocalizedText(
            "Security groups do not open database, directory or management ports to any address",
            fr: "Les groupes de sécurité n'ouvrent pas les ports de bases de données, d'annuaires ou de gestion à toutes les adresses"),
        rationale: LocalizedText(
            "Databases (1433, 3306, 5432, 1521, 27017, 6379), search engines (9200-9300), monitoring agents (1514), DNS (53), file sharing and container APIs open to 0.0.0.0/0 or ::/0 are scanned for and exploited as quickly as SSH, and often rely on weak or no authentication.",
            fr: "Les bases de données (1433, 3306, 5432, 1521, 27017, 6379), moteurs de recherche (9200-9300), agents de surveillance (1514), le DNS (53), le partage de fichiers et les API de conteneurs ouverts à 0.0.0.0/0 ou ::/0 sont balayés et exploités aussi vite que SSH, et reposent souvent sur une authentification faible ou absente."),
        remediation: LocalizedText(
            "Restrict `CidrIp`/`CidrIpv6` to the networks that need the service, or reference the client tier with `SourceSecurityGroupId`; keep databases in private subnets.",
            fr: "Restreignez `CidrIp`/`CidrIpv6` aux réseaux qui ont besoin du service, ou désignez le niveau client avec `SourceSecurityGroupId` ; gardez les bases de données dans des sous-réseaux privés."),
        links: [
            "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-rule.html",
        ],
        limitations: LocalizedText(
            "HTTP (80) and HTTPS (443) are not in the table: web servers and load balancers are meant to be public. Port 80 open to any address is reported separately, at low severity, by RMP-AWS-0240 (checkov's CKV_AWS_260); HTTPS (443) is not reported by either rule. DNS (53) is checked although a public DNS server needs it open; suppress the finding for such a server. SSH and RDP are reported by AVD-AWS-0107. As for AVD-AWS-0107, only ranges written as every address (0.0.0.0/0, ::/0, the IPv6 /0 written in full, or *) count as open; wide public ranges such as 0.0.0.0/1 are not reported.",
            fr: "HTTP (80) et HTTPS (443) ne figurent pas dans la table : les serveurs web et les équilibreurs de charge sont faits pour être publics. Le port 80 ouvert à toutes les adresses est signalé à part, avec une gravité faible, par RMP-AWS-0240 (CKV_AWS_260 de checkov) ; HTTPS (443) n'est signalé par aucune des deux règles. Le DNS (53) est vérifié, même si un serveur DNS public doit l'ouvrir ; exemptez alors le constat pour ce serveur. SSH et RDP relèvent d'AVD-AWS-0107. Comme pour AVD-AWS-0107, seules les plages qui désignent toutes les adresses (0.0.0.0/0, ::/0, le /0 IPv6 écrit en entier, ou *) comptent comme ouvertes ; les larges plages publiques comme 0.0.0.0/1 ne sont pas signalées."),
        resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
        goodExamples: [
            .init(
                """
                Resources:
                  DatabaseGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: PostgreSQL servers
                      VpcId: vpc-0a1b2c3d
                      SecurityGroupIngress:
                        - Description: PostgreSQL from the application subnet
                          IpProtocol: tcp
                          FromPort: 5432
                          ToPort: 5432
                          CidrIp: 10.0.128.0/24
                        - Description: HTTPS for the status page
                          IpProtocol: tcp
                          FromPort: 443
                          ToPort: 443
                          CidrIp: 0.0.0.0/0
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  DatabaseGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: Databases and search
                      VpcId: vpc-0a1b2c3d
                      SecurityGroupIngress:
                        - Description: MySQL from anywhere
                          IpProtocol: tcp
                          FromPort: 3306
                          ToPort: 3306
                          CidrIp: ↓0.0.0.0/0
                        - Description: OpenSearch from anywhere over IPv6
                          IpProtocol: "6"
                          FromPort: 9200
                          ToPort: 9300
                          CidrIpv6: ↓::/0
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        let ports = Self.table.map(\.ports)
        SecurityGroupRules.checkWorldOpen(
            state, direction: .ingress, ports: ports, describe: Self.describe, into: &results)
        return results.results
    }

    /// Describes an open rule with the services of the table it reaches, such as
    /// `tcp 3306 open to 0.0.0.0/0 (MySQL/MariaDB)`.
    static func describe(_ rule: SecurityGroupRule, range: Resolved<String>) -> LocalizedText {
        let exposure = SecurityGroupRules.exposure(of: rule, range: range)
        let services = table.filter { entry in
            NetworkExposure.reaches(
                [entry.ports], ipProtocol: rule.ipProtocol, fromPort: rule.fromPort, toPort: rule.toPort) == .yes
        }.map(\.service)
        guard !services.isEmpty else { return exposure }
        let english = names(services.map(\.english))
        let french = names(services.map(\.french))
        return LocalizedText("\(exposure.english) (\(english))", fr: "\(exposure.french) (\(french))")
    }

    /// Joins up to three service names, with an ellipsis when there are more.
    private static func names(_ services: [String]) -> String {
        services.count > 3 ? services.prefix(3).joined(separator: ", ") + ", …" : services.joined(separator: ", ")
    }
}
