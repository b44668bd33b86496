import RempartRules
import RempartSupport

/// Metadata for the seven checks trivy reports on the lab's baseline, written for these tests
/// so the report's golden files do not change when the real rules' wording does.
enum LabRules {
    static let all: [RuleMetadata] = [
        rule(
            "AVD-AWS-0028", "ec2", .high,
            title: LocalizedText("Instances require IMDS session tokens", fr: "Les instances exigent des jetons IMDS"),
            remediation: LocalizedText(
                "Require IMDSv2: set `MetadataOptions.HttpTokens` to `required`.",
                fr: "Exiger IMDSv2 : régler `MetadataOptions.HttpTokens` à `required`.")),
        rule(
            "AVD-AWS-0089", "s3", .low,
            title: LocalizedText("Buckets log server access", fr: "Les compartiments journalisent les accès"),
            remediation: LocalizedText(
                "Enable server access logging: set `LoggingConfiguration.DestinationBucketName` to a log bucket.",
                fr: "Activer la journalisation des accès : régler `LoggingConfiguration.DestinationBucketName` "
                    + "sur un compartiment de journaux.")),
        rule(
            "AVD-AWS-0107", "ec2", .high,
            title: LocalizedText(
                "Security groups allow no SSH or RDP from any address",
                fr: "Les groupes de sécurité n'ouvrent pas SSH ni RDP à toute adresse"),
            remediation: LocalizedText(
                "Restrict `CidrIp` to known administration ranges, with least privilege for the shortest time.",
                fr: "Restreindre `CidrIp` aux plages d'administration connues, au moindre privilège et "
                    + "pour la durée la plus courte.")),
        rule(
            "AVD-AWS-0124", "ec2", .low,
            title: LocalizedText(
                "Security group rules have a description", fr: "Les règles des groupes de sécurité ont une description"),
            remediation: LocalizedText(
                "Set `Description` on every ingress and egress rule.",
                fr: "Régler `Description` sur chaque règle d'entrée et de sortie.")),
        rule(
            "AVD-AWS-0131", "ec2", .high,
            title: LocalizedText(
                "Instance root volumes are encrypted", fr: "Les volumes racines des instances sont chiffrés"),
            remediation: LocalizedText(
                "Encrypt the root volume with a KMS key: set `Ebs.Encrypted: true` and `Ebs.KmsKeyId`.",
                fr: "Chiffrer le volume racine avec une clé KMS : régler `Ebs.Encrypted: true` et `Ebs.KmsKeyId`.")),
        rule(
            "AVD-AWS-0164", "ec2", .high,
            title: LocalizedText(
                "Subnets do not assign public IPs on launch", fr: "Les sous-réseaux n'attribuent pas d'IP publique"),
            remediation: LocalizedText(
                "Set `MapPublicIpOnLaunch: false`; give hosts that must be reachable an Elastic IP.",
                fr: "Régler `MapPublicIpOnLaunch: false`; donner une IP élastique aux hôtes à joindre.")),
        rule(
            "AVD-AWS-0178", "ec2", .medium,
            title: LocalizedText("VPCs have flow logs enabled", fr: "Les VPC ont des journaux de flux activés"),
            remediation: LocalizedText(
                "Enable flow logs to an encrypted bucket so an audit is possible: add an `AWS::EC2::FlowLog` "
                    + "with `ResourceType: VPC`.",
                fr: "Activer les journaux de flux vers un compartiment chiffré pour permettre l'audit : ajouter un "
                    + "`AWS::EC2::FlowLog` avec `ResourceType: VPC`.")),
    ]

    private static func rule(
        _ id: String, _ service: String, _ severity: Severity, title: LocalizedText, remediation: LocalizedText
    ) -> RuleMetadata {
        RuleMetadata(
            id: id, slug: id.lowercased(), service: service, severity: severity, title: title,
            rationale: title, remediation: remediation, resourceTypes: [])
    }
}
