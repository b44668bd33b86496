import RempartModel
import RempartSupport

/// ElastiCache replication groups encrypt data at rest.
struct ElastiCacheReplicationGroupEncryptsAtRest: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0045", aliases: ["CKV_AWS_29"], slug: "aws-elasticache-enable-at-rest-encryption",
        service: "elasticache",
        severity: .high,
        title: LocalizedText(
            "ElastiCache replication groups encrypt data at rest",
            fr: "Les groupes de réplication ElastiCache chiffrent les données au repos"),
        rationale: LocalizedText(
            "Without encryption at rest, cached data and its backups are readable from the underlying disks.",
            fr:
                "Sans chiffrement au repos, les données en cache et leurs sauvegardes sont lisibles sur les disques sous-jacents."
        ),
        remediation: LocalizedText(
            "Set `AtRestEncryptionEnabled` to `true`.",
            fr: "Définissez `AtRestEncryptionEnabled` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0045",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html",
        ],
        resourceTypes: ["AWS::ElastiCache::ReplicationGroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  Sessions:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      ReplicationGroupDescription: session store
                      Engine: redis
                      CacheNodeType: cache.t3.micro
                      NumCacheClusters: 2
                      AtRestEncryptionEnabled: true
                      TransitEncryptionEnabled: true
                      AuthToken: "{{resolve:secretsmanager:sessions:SecretString:token}}"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Sessions:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      ReplicationGroupDescription: session store
                      Engine: redis
                      CacheNodeType: cache.t3.micro
                      NumCacheClusters: 2
                      AtRestEncryptionEnabled: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElastiCacheReplicationGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isAtRestEncryptionEnabled)
        }
    }
}
