import RempartModel
import RempartSupport

/// Redshift parameter groups require SSL.
struct RedshiftParameterGroupRequiresSSL: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0216", aliases: ["CKV_AWS_105"], slug: "aws-redshift-require-ssl", service: "redshift",
        severity: .high,
        title: LocalizedText(
            "Redshift parameter groups require SSL",
            fr: "Les groupes de paramètres Redshift exigent SSL"),
        rationale: LocalizedText(
            "Without `require_ssl`, clients may connect without encryption and expose credentials and query results.",
            fr:
                "Sans `require_ssl`, les clients peuvent se connecter sans chiffrement et exposer identifiants et résultats de requêtes."
        ),
        remediation: LocalizedText(
            "Add `{ParameterName: require_ssl, ParameterValue: \"true\"}` to `Parameters`.",
            fr: "Ajoutez `{ParameterName: require_ssl, ParameterValue: \"true\"}` à `Parameters`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/RedShiftSSL.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-clusterparametergroup.html",
        ],
        resourceTypes: ["AWS::Redshift::ClusterParameterGroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  Settings:
                    Type: AWS::Redshift::ClusterParameterGroup
                    Properties:
                      Description: warehouse settings
                      ParameterGroupFamily: redshift-1.0
                      Parameters:
                        - ParameterName: require_ssl
                          ParameterValue: "true"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Settings:
                    Type: AWS::Redshift::ClusterParameterGroup
                    Properties:
                      Description: warehouse settings
                      ParameterGroupFamily: redshift-1.0
                      Parameters:
                        - ParameterName: require_ssl
                          ParameterValue: ↓"false"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(RedshiftClusterParameterGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.requireSSL) { $0 == "true" }
        }
    }
}
