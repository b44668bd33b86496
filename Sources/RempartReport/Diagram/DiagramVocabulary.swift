import RempartSupport

/// The words the diagram draws, in English and French (Québec usage).
public enum DiagramVocabulary {
    /// Returns the caption drawn above a node's label, naming its kind.
    public static func caption(of kind: ArchitectureGraph.Kind) -> LocalizedText {
        switch kind {
        case .vpc: LocalizedText("VPC", fr: "VPC")
        case .availabilityZone: LocalizedText("Availability zone", fr: "Zone de disponibilité")
        case .publicSubnet: LocalizedText("Public subnet", fr: "Sous-réseau public")
        case .privateSubnet: LocalizedText("Private subnet", fr: "Sous-réseau privé")
        case .internetGateway: LocalizedText("Internet gateway", fr: "Passerelle Internet")
        case .natGateway: LocalizedText("NAT gateway", fr: "Passerelle NAT")
        case .instance: LocalizedText("EC2 instance", fr: "Instance EC2")
        case .securityGroup: LocalizedText("Security group", fr: "Groupe de sécurité")
        case .bucket: LocalizedText("S3 bucket", fr: "Compartiment S3")
        case .flowLog: LocalizedText("VPC flow logs", fr: "Journaux de flux VPC")
        case .trail: LocalizedText("CloudTrail trail", fr: "Journal de suivi CloudTrail")
        }
    }

    /// Returns the severity's name, upper case as in trivy's output.
    public static func severity(_ severity: Severity) -> LocalizedText {
        switch severity {
        case .critical: LocalizedText("CRITICAL", fr: "CRITIQUE")
        case .high: LocalizedText("HIGH", fr: "ÉLEVÉE")
        case .medium: LocalizedText("MEDIUM", fr: "MOYENNE")
        case .low: LocalizedText("LOW", fr: "FAIBLE")
        }
    }

    /// The label of an availability zone whose name is not known before deployment.
    static let unknownZone = LocalizedText("zone not known", fr: "zone inconnue")
    /// The legend's title.
    static let legend = LocalizedText("Legend", fr: "Légende")
    /// The legend entry of the route arrows.
    static let route = LocalizedText("Default route (0.0.0.0/0)", fr: "Route par défaut (0.0.0.0/0)")
    /// The legend entry of the link from a VPC to its flow logs.
    static let flowLogLink = LocalizedText("Flow logs of the VPC", fr: "Journaux de flux du VPC")
    /// The legend entry of the severity badges.
    static let badge = LocalizedText("Findings by severity:", fr: "Constats par gravité :")
    /// The diagram's accessible title.
    static let title = LocalizedText("Architecture diagram", fr: "Diagramme d'architecture")

    /// Returns the accessible description of a node's findings, such as
    /// `19 findings: 8 HIGH, 11 LOW`.
    static func findings(_ findings: ArchitectureGraph.Findings, in language: Language) -> String {
        guard findings.count > 0 else {
            return LocalizedText("no finding", fr: "aucun constat")(language)
        }
        let count = NumberText.integer(findings.count, in: language)
        let parts = findings.bySeverity.map { severity, number in
            "\(NumberText.integer(number, in: language)) \(self.severity(severity)(language))"
        }
        .joined(separator: ", ")
        switch language {
        case .english:
            return "\(count) \(findings.count == 1 ? "finding" : "findings"): \(parts)"
        case .french:
            return "\(count) \(findings.count == 1 ? "constat" : "constats") : \(parts)"
        }
    }

    /// Returns the accessible summary of the whole graph.
    static func summary(of graph: ArchitectureGraph, in language: Language) -> String {
        let zones = graph.vpcs.reduce(0) { $0 + $1.zones.count }
        let subnets = graph.vpcs.reduce(0) { total, vpc in total + vpc.zones.reduce(0) { $0 + $1.subnets.count } }
        let instances = graph.vpcs.reduce(0) { total, vpc in
            total + vpc.zones.reduce(0) { sum, zone in sum + zone.subnets.reduce(0) { $0 + $1.instances.count } }
        }
        let numbers = [graph.vpcs.count, zones, subnets, instances, graph.buckets.count, graph.findingCount]
            .map { NumberText.integer($0, in: language) }
        switch language {
        case .english:
            return "VPCs: \(numbers[0]); availability zones: \(numbers[1]); subnets: \(numbers[2]); "
                + "instances: \(numbers[3]); buckets: \(numbers[4]); findings: \(numbers[5])."
        case .french:
            return "VPC : \(numbers[0]) ; zones de disponibilité : \(numbers[1]) ; sous-réseaux : \(numbers[2]) ; "
                + "instances : \(numbers[3]) ; compartiments : \(numbers[4]) ; constats : \(numbers[5])."
        }
    }
}
