import RempartModel
import RempartSupport

/// SAM simple tables use server-side encryption with KMS.
struct SAMSimpleTableIsEncrypted: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0121", aliases: [], slug: "aws-sam-enable-table-encryption", service: "sam",
        severity: .high,
        title: LocalizedText(
            "SAM simple tables use server-side encryption with KMS",
            fr: "Les tables simples SAM utilisent le chiffrement côté serveur avec KMS"),
        rationale: LocalizedText(
            "Turning on `SSEEnabled` encrypts the table with a KMS key whose use is logged and controlled by a key policy.",
            fr:
                "Activer `SSEEnabled` chiffre la table avec une clé KMS dont l'usage est journalisé et contrôlé par une politique de clé."
        ),
        remediation: LocalizedText(
            "Set `SSESpecification.SSEEnabled: true` (or in `Globals.SimpleTable`).",
            fr: "Définissez `SSESpecification.SSEEnabled: true` (ou dans `Globals.SimpleTable`)."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0121",
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html",
        ],
        resourceTypes: ["AWS::Serverless::SimpleTable"],
        goodExamples: [
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Sessions:
                    Type: AWS::Serverless::SimpleTable
                    Properties:
                      SSESpecification:
                        SSEEnabled: true
                """)
        ],
        badExamples: [
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Sessions:
                    Type: AWS::Serverless::SimpleTable
                    Properties:
                      SSESpecification:
                        SSEEnabled: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SAMSimpleTable.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isServerSideEncryptionEnabled)
        }
    }
}
