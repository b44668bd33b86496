import RempartModel
import RempartSupport

/// Identity pools must not hand out AWS credentials to unauthenticated users.
struct CognitoIdentityPoolDeniesGuests: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0127",
        aliases: ["CKV_AWS_366"],
        slug: "cognito-no-unauthenticated-identities",
        service: "cognito",
        severity: .medium,
        title: LocalizedText(
            "Cognito identity pools do not allow unauthenticated identities",
            fr: "Les groupes d'identités Cognito n'autorisent pas les identités non authentifiées"),
        rationale: LocalizedText(
            "Guest access gives anyone who knows the pool ID temporary AWS credentials with the unauthenticated role's permissions.",
            fr: "L'accès invité donne à quiconque connaît l'ID du groupe des identifiants AWS temporaires avec les permissions du rôle non authentifié."),
        remediation: LocalizedText(
            "Set `AllowUnauthenticatedIdentities: false` on the `AWS::Cognito::IdentityPool`.",
            fr: "Définissez `AllowUnauthenticatedIdentities: false` sur le `AWS::Cognito::IdentityPool`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-identitypool.html",
        ],
        limitations: LocalizedText(
            "The property is required; a pool that omits it fails, as in checkov.",
            fr: "La propriété est obligatoire ; un groupe qui l'omet échoue, comme dans checkov."),
        resourceTypes: ["AWS::Cognito::IdentityPool"],
        goodExamples: [
            .init(
                """
                Resources:
                  Identities:
                    Type: AWS::Cognito::IdentityPool
                    Properties:
                      AllowUnauthenticatedIdentities: false
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Identities:
                    Type: AWS::Cognito::IdentityPool
                    Properties:
                      AllowUnauthenticatedIdentities: ↓true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\CognitoIdentityPool.allowsUnauthenticatedIdentities) { $0 == false }.evaluate(state, ruleID: Self.metadata.id)
    }
}
