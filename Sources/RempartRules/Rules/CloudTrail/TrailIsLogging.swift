import RempartModel
import RempartSupport

/// Every CloudTrail trail must be logging.
///
/// Reads `GetTrailStatus.IsLogging`. Live-only: a template's `IsLogging: true` says only what
/// was asked at creation, and anyone with `cloudtrail:StopLogging` can switch a trail off
/// afterwards without changing the stack.
struct TrailIsLogging: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0401",
        slug: "trail-is-logging",
        service: "cloudtrail",
        severity: .high,
        title: LocalizedText("CloudTrail trails are logging", fr: "Les journaux de suivi CloudTrail consignent les événements"),
        rationale: LocalizedText(
            "A stopped trail records nothing: stopping it is a classic first step of an attacker who wants to act unseen, and the trail's configuration still looks correct.",
            fr: "Un journal de suivi arrêté ne consigne rien : l'arrêter est une première étape classique d'un attaquant qui veut agir sans être vu, et la configuration du journal paraît toujours correcte."),
        remediation: LocalizedText(
            "Start the trail (`aws cloudtrail start-logging --name TRAIL`), find out who stopped it from its last events, and deny `cloudtrail:StopLogging` to everyone but an emergency role.",
            fr: "Redémarrez le journal de suivi (`aws cloudtrail start-logging --name TRAIL`), trouvez qui l'a arrêté dans ses derniers événements et refusez `cloudtrail:StopLogging` à tous sauf à un rôle d'urgence."),
        links: [
            "https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrailStatus.html",
            "https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartLogging.html",
        ],
        limitations: LocalizedText(
            "Runs only when auditing a live account; on a template, `IsLogging` is only the requested state.",
            fr: "S'exécute seulement lors de l'audit d'un compte réel ; dans un modèle, `IsLogging` n'est que l'état demandé."),
        resourceTypes: ["AWS::CloudTrail::Trail"],
        scope: .liveOnly,
        goodExamples: [
            .init(
                """
                Resources:
                  AuditTrail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: example-trail-logs
                """,
                comment: LocalizedText(
                    "A live audit finds this trail logging (GetTrailStatus returns IsLogging true).",
                    fr: "Un audit du compte réel trouve ce journal de suivi actif (GetTrailStatus renvoie "
                        + "IsLogging à true)."))
        ],
        badExamples: [
            .init(
                """
                Resources:
                  AuditTrail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: ↓false
                      S3BucketName: example-trail-logs
                """,
                comment: LocalizedText(
                    "A live audit reports this trail once someone has called StopLogging on it.",
                    fr: "Un audit du compte réel signale ce journal de suivi dès que quelqu'un y a appelé "
                        + "StopLogging."))
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for trail in state.all(CloudTrailTrail.self) {
            let decision = Decision(trail.isLogging) { $0 == true }
            results.record(
                decision, for: trail.address, at: trail.isLogging.origin,
                detail: LocalizedText("the trail is stopped", fr: "le journal de suivi est arrêté"))
        }
        return results.results
    }
}
