import RempartModel
import RempartSupport

/// DMS replication instances are not publicly accessible.
struct DMSReplicationInstanceIsPrivate: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0210", aliases: ["CKV_AWS_89"], slug: "aws-dms-replication-instance-private", service: "dms",
        severity: .high,
        title: LocalizedText(
            "DMS replication instances are not publicly accessible",
            fr: "Les instances de réplication DMS ne sont pas accessibles publiquement"),
        rationale: LocalizedText(
            "A public replication instance has an internet address while it reads and writes whole databases.",
            fr:
                "Une instance de réplication publique a une adresse Internet alors qu'elle lit et écrit des bases de données entières."
        ),
        remediation: LocalizedText(
            "Set `PubliclyAccessible` to `false` (DMS makes instances public by default).",
            fr: "Définissez `PubliclyAccessible` à `false` (DMS rend les instances publiques par défaut)."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/DMSReplicationInstancePubliclyAccessible.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dms-replicationinstance.html",
        ],
        resourceTypes: ["AWS::DMS::ReplicationInstance"],
        goodExamples: [
            .init(
                """
                Resources:
                  Migration:
                    Type: AWS::DMS::ReplicationInstance
                    Properties:
                      ReplicationInstanceClass: dms.t3.medium
                      PubliclyAccessible: false
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Migration:
                    Type: AWS::DMS::ReplicationInstance
                    Properties:
                      ReplicationInstanceClass: dms.t3.medium
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(DMSReplicationInstance.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.isPubliclyAccessible) { $0 == false }
        }
    }
}
