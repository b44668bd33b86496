import RempartModel
import RempartSupport

/// ElastiCache replication groups encrypt traffic and require authentication.
struct ElastiCacheReplicationGroupAuthenticatesOverTLS: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0206", aliases: ["CKV_AWS_31"], slug: "aws-elasticache-transit-encryption-auth",
        service: "elasticache",
        severity: .high,
        title: LocalizedText(
            "ElastiCache replication groups encrypt traffic and require authentication",
            fr: "Les groupes de réplication ElastiCache chiffrent le trafic et exigent l'authentification"),
        rationale: LocalizedText(
            "Without TLS and an auth token or user group, any host that reaches the cache can read and change its data.",
            fr:
                "Sans TLS ni jeton d'authentification ou groupe d'utilisateurs, tout hôte qui joint le cache peut lire et modifier ses données."
        ),
        remediation: LocalizedText(
            "Set `TransitEncryptionEnabled` to `true` and set `AuthToken` or `UserGroupIds`.",
            fr: "Définissez `TransitEncryptionEnabled` à `true` et définissez `AuthToken` ou `UserGroupIds`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/ElasticacheReplicationGroupEncryptionAtTransitAuthToken.py",
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
                      ReplicationGroupDescription: sessions
                      TransitEncryptionEnabled: true
                      AuthToken: "{{resolve:secretsmanager:sessions:SecretString:token}}"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Sessions:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      ReplicationGroupDescription: sessions
                      TransitEncryptionEnabled: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElastiCacheReplicationGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isTransitEncryptionEnabled).then {
                verdict.requireTrue(resource.hasAuthentication)
            }
        }
    }
}
