import RempartModel
import RempartSupport

/// Identity policies must not allow write actions on every resource.
struct IAMPolicyConstrainsWriteAccess: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0130",
        aliases: ["CKV_AWS_111"],
        slug: "iam-constrain-write-access",
        service: "iam",
        severity: .medium,
        title: LocalizedText(
            "IAM policies constrain write access",
            fr: "Les politiques IAM limitent l'accès en écriture"),
        rationale: LocalizedText(
            "Write actions on `*` (`s3:PutObject`, `ec2:TerminateInstances`, …) reach every resource of the service in the account, including ones created later.",
            fr: "Des actions d'écriture sur `*` (`s3:PutObject`, `ec2:TerminateInstances`, …) atteignent chaque ressource du service dans le compte, y compris celles créées plus tard."),
        remediation: LocalizedText(
            "Name the resources the principal may change in `Resource`.",
            fr: "Nommez dans `Resource` les ressources que le principal peut modifier."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html",
        ],
        limitations: LocalizedText(
            "Access levels are read from action names (verbs such as `Put`, `Create`, `Delete`, and words such as `Policy` or `Acl`) rather than from AWS's full action table, so a few actions may be classed differently from checkov's cloudsplaining checks. Deny statements cancel grants only when they deny `*` on `*`. Actions of `ssmmessages` and `ec2messages`, which AWS grants only on `*`, are not counted.",
            fr: "Les niveaux d'accès sont déduits des noms d'actions (verbes comme `Put`, `Create`, `Delete`, mots comme `Policy` ou `Acl`) plutôt que de la table complète d'AWS ; quelques actions peuvent donc être classées autrement que par les vérifications cloudsplaining de checkov. Les refus n'annulent les autorisations que s'ils refusent `*` sur `*`. Les actions de `ssmmessages` et `ec2messages`, qu'AWS n'accorde que sur `*`, ne sont pas comptées."),
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
                            Action: s3:PutObject
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
                              ↓- s3:PutObject
                            Resource: '*'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PolicyDocumentSource.evaluate(state, ruleID: Self.metadata.id) { Self.check($0) }
    }

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        // An explicit deny of every action on every resource cancels the document's grants.
        if document.denyStatements.contains(where: { $0.actions.containsWildcard && $0.resources.containsWildcard }) {
            return .compliant
        }
        for statement in document.allowStatements where statement.resources.containsWildcard {
            let constrainable = statement.actions.values.filter { !Self.supportsOnlyAllResources($0) }
            if constrainable.contains(where: { IAMActionClass.write.includes($0) }) {
                return .violation(statement.actions.origin ?? statement.origin)
            }
        }
        return .compliant
    }

    // Services whose every action supports no resource-level permission, so AWS only grants them on
    // `*`: the Systems Manager agent's message and session channels. A wildcard there constrains
    // nothing further, and cloudsplaining (used by checkov) leaves such actions out the same way.
    private static let allResourcesOnlyServices = ["ssmmessages:", "ec2messages:"]

    /// Returns whether `action` can only be granted on every resource.
    private static func supportsOnlyAllResources(_ action: String) -> Bool {
        let lowercased = action.lowercased()
        return allResourcesOnlyServices.contains { lowercased.hasPrefix($0) && !lowercased.hasSuffix(":*") }
    }
}
