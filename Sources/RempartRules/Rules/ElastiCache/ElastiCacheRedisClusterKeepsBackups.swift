import RempartModel
import RempartSupport

/// ElastiCache Redis clusters keep snapshots.
struct ElastiCacheRedisClusterKeepsBackups: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0050", aliases: [], slug: "aws-elasticache-enable-backup-retention", service: "elasticache",
        severity: .medium,
        title: LocalizedText(
            "ElastiCache Redis clusters keep snapshots",
            fr: "Les grappes Redis ElastiCache conservent des instantanés"),
        rationale: LocalizedText(
            "Without snapshots, a deleted or corrupted Redis cluster cannot be restored.",
            fr: "Sans instantanés, une grappe Redis supprimée ou corrompue ne peut pas être restaurée."),
        remediation: LocalizedText(
            "Set `SnapshotRetentionLimit` to the number of days to keep snapshots (at least 1).",
            fr: "Définissez `SnapshotRetentionLimit` au nombre de jours de conservation des instantanés (au moins 1)."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0050",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-cachecluster.html",
        ],
        limitations: LocalizedText(
            "As in trivy, clusters whose engine or node type is unknown are not checked.",
            fr: "Comme dans trivy, les grappes dont le moteur ou le type de nœud est inconnu ne sont pas vérifiées."),
        resourceTypes: ["AWS::ElastiCache::CacheCluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Cache:
                    Type: AWS::ElastiCache::CacheCluster
                    Properties:
                      Engine: redis
                      CacheNodeType: cache.m5.large
                      NumCacheNodes: 1
                      SnapshotRetentionLimit: 7
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Cache:
                    Type: AWS::ElastiCache::CacheCluster
                    Properties:
                      Engine: redis
                      CacheNodeType: cache.m5.large
                      NumCacheNodes: 1
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElastiCacheCacheCluster.self).compactMap { cluster in
            // Only Redis supports snapshots, and cache.t1.micro nodes cannot take them.
            guard case .known(let engine) = cluster.engine.state, engine == "redis",
                case .known(let nodeType) = cluster.nodeType.state, nodeType != "cache.t1.micro"
            else { return nil }
            return Verdict(Self.metadata.id, cluster.address).require(cluster.snapshotRetentionLimit) { $0 != 0 }
        }
    }
}
