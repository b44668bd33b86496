import RempartModel
import RempartSupport

/// DocumentDB parameter groups keep TLS on.
struct DocDBParameterGroupKeepsTLS: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0211", aliases: ["CKV_AWS_90"], slug: "aws-documentdb-tls-enabled", service: "documentdb",
        severity: .high,
        title: LocalizedText(
            "DocumentDB parameter groups keep TLS on",
            fr: "Les groupes de paramètres DocumentDB gardent TLS activé"),
        rationale: LocalizedText(
            "With TLS off, clients send credentials and documents to the cluster in clear text.",
            fr: "Sans TLS, les clients envoient identifiants et documents à la grappe en clair."),
        remediation: LocalizedText(
            "Remove `tls: disabled` from `Parameters`, or set it to `enabled`.",
            fr: "Retirez `tls: disabled` de `Parameters`, ou définissez-le à `enabled`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/DocDBTLS.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbclusterparametergroup.html",
        ],
        resourceTypes: ["AWS::DocDB::DBClusterParameterGroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  Settings:
                    Type: AWS::DocDB::DBClusterParameterGroup
                    Properties:
                      Description: catalog settings
                      Family: docdb5.0
                      Parameters:
                        tls: enabled
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Settings:
                    Type: AWS::DocDB::DBClusterParameterGroup
                    Properties:
                      Description: catalog settings
                      Family: docdb5.0
                      Parameters:
                        tls: ↓disabled
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(DocDBClusterParameterGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.tls) { $0 != "disabled" }
        }
    }
}
