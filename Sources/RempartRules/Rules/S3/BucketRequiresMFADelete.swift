import RempartModel
import RempartSupport

/// S3 buckets must require MFA to delete object versions or change versioning.
///
/// Compliance-only (CIS AWS Foundations 1.4, control 2.1.3), as in trivy, and live-only:
/// CloudFormation has no property for MFA delete (only the root user can enable it through the
/// API), so a template can never show it. trivy reports every bucket of a template in a
/// compliance scan for that reason; Rempart checks it only in an audit of a live account.
struct BucketRequiresMFADelete: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0170",
        slug: "require-mfa-delete",
        service: "s3",
        severity: .low,
        title: LocalizedText("S3 buckets require MFA delete", fr: "Les compartiments S3 exigent l'authentification MFA pour la suppression"),
        rationale: LocalizedText(
            "With MFA delete, permanently deleting an object version or suspending versioning needs the root user's MFA device, so stolen access keys cannot destroy the history.",
            fr: "Avec la suppression MFA, supprimer définitivement une version d'objet ou suspendre la gestion des versions exige l'appareil MFA de l'utilisateur racine : des clés d'accès volées ne peuvent pas détruire l'historique."),
        remediation: LocalizedText(
            "As the root user, run `aws s3api put-bucket-versioning --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa \"SERIAL CODE\"`; CloudFormation cannot set it.",
            fr: "En tant qu'utilisateur racine, exécutez `aws s3api put-bucket-versioning --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa \"SÉRIE CODE\"` ; CloudFormation ne peut pas le régler."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0170/",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html",
        ],
        limitations: LocalizedText(
            "Runs only when auditing a live account and only in the cis-aws-1.4 framework; templates cannot express MFA delete.",
            fr: "S'exécute seulement lors de l'audit d'un compte réel et dans le cadre cis-aws-1.4 ; les modèles ne peuvent pas exprimer la suppression MFA."),
        resourceTypes: ["AWS::S3::Bucket"],
        scope: .liveOnly,
        goodExamples: [
            .init(
                """
                Resources:
                  ArchiveBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      VersioningConfiguration:
                        Status: Enabled
                """,
                comment: LocalizedText(
                    "MFA delete is enabled outside CloudFormation, with the root user's MFA device.",
                    fr: "La suppression MFA s'active hors de CloudFormation, avec l'appareil MFA de "
                        + "l'utilisateur racine."))
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓ArchiveBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      VersioningConfiguration:
                        Status: Enabled
                """,
                comment: LocalizedText(
                    "A live audit reports this bucket when MFA delete was never enabled on it.",
                    fr: "Un audit du compte réel signale ce compartiment si la suppression MFA n'y a jamais "
                        + "été activée."))
        ],
        frameworks: ["cis-aws-1.4"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\S3Bucket.mfaDelete) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
