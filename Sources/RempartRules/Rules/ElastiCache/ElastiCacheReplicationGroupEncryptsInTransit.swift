import RempartModel
import RempartSupport

/// ElastiCache replication groups encrypt traffic.
struct ElastiCacheReplicationGroupEncryptsInTransit: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0051", aliases: ["CKV_AWS_30"], slug: "aws-elasticache-enable-in-transit-encryption",
        service: "elasticache",
        severity: .high,
        title: LocalizedText(
            "ElastiCache replication groups encrypt traffic",
            fr: "Les groupes de réplication ElastiCache chiffrent le trafic"),
        rationale: LocalizedText(
            "Without TLS, cached data and authentication tokens cross the network in clear text.",
            fr: "Sans TLS, les données en cache et les jetons d'authentification circulent en clair sur le réseau."),
        remediation: LocalizedText(
            "Set `TransitEncryptionEnabled` to `true`.",
            fr: "Définissez `TransitEncryptionEnabled` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0051",
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
                      TransitEncryptionEnabled: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElastiCacheReplicationGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isTransitEncryptionEnabled)
        }
    }
}
