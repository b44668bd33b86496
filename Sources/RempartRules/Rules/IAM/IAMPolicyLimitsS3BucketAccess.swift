import RempartModel
import RempartSupport

/// Policies must not allow both `s3:Get*` and `s3:Put*` on every resource.
struct IAMPolicyLimitsS3BucketAccess: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0346",
        slug: "iam-unauthorized-bucket-access",
        service: "iam",
        severity: .high,
        title: LocalizedText(
            "IAM policies do not grant read and write on all S3 resources",
            fr: "Les politiques IAM n'accordent pas la lecture et l'écriture sur toutes les ressources S3"),
        rationale: LocalizedText(
            "`s3:Get*` with `s3:Put*` on `*` reads and overwrites every object, policy and ACL of every bucket the account can reach.",
            fr: "`s3:Get*` avec `s3:Put*` sur `*` lit et écrase chaque objet, politique et ACL de chaque compartiment accessible au compte."),
        remediation: LocalizedText(
            "Name the buckets and prefixes in `Resource` and list the specific actions needed.",
            fr: "Nommez les compartiments et les préfixes dans `Resource` et énumérez les actions précises nécessaires."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/iam/avd-aws-0346/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
        ],
        limitations: LocalizedText(
            "As in trivy, only the exact patterns `s3:Get*` and `s3:Put*` in one statement are looked for.",
            fr: "Comme dans trivy, seuls les motifs exacts `s3:Get*` et `s3:Put*` dans une même déclaration sont recherchés."),
        resourceTypes: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"],
        goodExamples: [
            .init(
                """
                Resources:
                  AppPolicy:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: app
                      Roles:
                        - app-role
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action:
                              - s3:Get*
                              - s3:Put*
                            Resource: arn:aws:s3:::reports/*
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  AppPolicy:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: app
                      Roles:
                        - app-role
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action:
                              ↓- s3:Get*
                              - s3:Put*
                            Resource: '*'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PolicyDocumentSource.evaluate(state, ruleID: Self.metadata.id) { Self.check($0) }
    }

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        for statement in document.allowStatements
        where statement.resources.containsWildcard && statement.listsAction("s3:Get*") && statement.listsAction("s3:Put*") {
            return .violation(statement.actions.origin ?? statement.origin)
        }
        return .compliant
    }
}
