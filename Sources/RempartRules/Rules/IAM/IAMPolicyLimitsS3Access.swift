import RempartModel
import RempartSupport

/// Policies must not allow every S3 action (`s3:*`).
struct IAMPolicyLimitsS3Access: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0345",
        slug: "iam-no-s3-full-access",
        service: "iam",
        severity: .high,
        title: LocalizedText(
            "IAM policies do not grant full S3 access",
            fr: "Les politiques IAM n'accordent pas un accès complet à S3"),
        rationale: LocalizedText(
            "`s3:*` also grants deleting buckets and objects and rewriting bucket policies and ACLs, far beyond reading or writing data.",
            fr: "`s3:*` accorde aussi la suppression de compartiments et d'objets et la réécriture des politiques et des ACL, bien au-delà de la lecture ou de l'écriture de données."),
        remediation: LocalizedText(
            "List the S3 actions the principal needs (`s3:GetObject`, `s3:PutObject`, …) in the policy document.",
            fr: "Énumérez les actions S3 nécessaires (`s3:GetObject`, `s3:PutObject`, …) dans le document de politique."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/iam/avd-aws-0345/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html",
        ],
        limitations: LocalizedText(
            "As in trivy, only the exact action `s3:*` is looked for, not `*` or `s3:*Object`. trivy reads standalone policies and role inline policies; Rempart also reads managed policies and user and group inline policies.",
            fr: "Comme dans trivy, seule l'action exacte `s3:*` est recherchée, pas `*` ni `s3:*Object`. trivy lit les politiques autonomes et celles intégrées aux rôles ; Rempart lit aussi les politiques gérées et celles des utilisateurs et des groupes."),
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
                              - s3:GetObject
                              - s3:PutObject
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
                            Action: ↓s3:*
                            Resource: '*'
                """),
            .init(
                """
                Resources:
                  AppRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal:
                              Service: ec2.amazonaws.com
                            Action: sts:AssumeRole
                      Policies:
                        - PolicyName: storage
                          PolicyDocument:
                            Version: "2012-10-17"
                            Statement:
                              - Effect: Allow
                                Action:
                                  ↓- s3:*
                                Resource: '*'
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        PolicyDocumentSource.evaluate(state, ruleID: Self.metadata.id) { Self.check($0) }
    }

    private static func check(_ document: PolicyDocument) -> PolicyVerdict {
        if document.denyStatements.contains(where: { $0.listsAction("s3:*") }) { return .compliant }
        for statement in document.allowStatements where statement.listsAction("s3:*") {
            return .violation(statement.actions.origin ?? statement.origin)
        }
        if let statement = document.allowStatements.first(where: { $0.actions.hasUnresolved }) {
            return .unknown(statement.actions.unresolved.joined(separator: "; "), statement.origin)
        }
        return .compliant
    }
}
