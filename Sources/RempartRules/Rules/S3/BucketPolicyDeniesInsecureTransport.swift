import RempartModel
import RempartSupport

/// S3 bucket policies must deny every request made over plain HTTP.
///
/// A bucket passes when one of its policy statements has `Effect: Deny`, the principal `*`,
/// an action of `s3:*` (or `*`), the condition `Bool` `aws:SecureTransport` = `false`, and
/// resources covering both the bucket (`arn:aws:s3:::NAME`) and its objects
/// (`arn:aws:s3:::NAME/*`). Live-only: it reads the policy's resources and conditions, which
/// only the collectors of a live account fill in.
struct BucketPolicyDeniesInsecureTransport: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0403",
        slug: "bucket-policy-denies-insecure-transport",
        service: "s3",
        severity: .medium,
        title: LocalizedText(
            "S3 bucket policies deny requests over plain HTTP",
            fr: "Les politiques de compartiment S3 refusent les requêtes en HTTP non chiffré"),
        rationale: LocalizedText(
            "Without a deny on `aws:SecureTransport`, clients may read and write objects over unencrypted HTTP, where the data and the signed requests can be observed on the network.",
            fr: "Sans refus sur `aws:SecureTransport`, des clients peuvent lire et écrire des objets en HTTP non chiffré, où les données et les requêtes signées peuvent être observées sur le réseau."),
        remediation: LocalizedText(
            "Add a bucket policy statement with `Effect: Deny`, `Principal: \"*\"`, `Action: s3:*`, `Resource` set to the bucket ARN and the bucket ARN followed by `/*`, and `Condition: {Bool: {aws:SecureTransport: \"false\"}}`.",
            fr: "Ajoutez à la politique du compartiment un énoncé avec `Effect: Deny`, `Principal: \"*\"`, `Action: s3:*`, `Resource` réglé sur l'ARN du compartiment et cet ARN suivi de `/*`, et `Condition: {Bool: {aws:SecureTransport: \"false\"}}`."),
        links: [
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html",
        ],
        limitations: LocalizedText(
            "Runs only when auditing a live account. A deny that lists the actions one by one, or uses `NumericLessThan` on `s3:TlsVersion` instead, is not recognized.",
            fr: "S'exécute seulement lors de l'audit d'un compte réel. Un refus qui énumère les actions une à une, ou qui utilise plutôt `NumericLessThan` sur `s3:TlsVersion`, n'est pas reconnu."),
        resourceTypes: ["AWS::S3::Bucket", "AWS::S3::BucketPolicy"],
        scope: .liveOnly,
        goodExamples: [
            .init(
                """
                Resources:
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: example-data
                  DataBucketPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref DataBucket
                      PolicyDocument:
                        Statement:
                          - Effect: Deny
                            Principal: "*"
                            Action: s3:*
                            Resource:
                              - arn:aws:s3:::example-data
                              - arn:aws:s3:::example-data/*
                            Condition:
                              Bool:
                                aws:SecureTransport: "false"
                """,
                comment: LocalizedText(
                    "A live audit finds this deny in the bucket's policy.",
                    fr: "Un audit du compte réel trouve ce refus dans la politique du compartiment."))
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: example-data
                """,
                comment: LocalizedText(
                    "A live audit reports this bucket: no policy denies plain HTTP.",
                    fr: "Un audit du compte réel signale ce compartiment, car aucune politique ne refuse le "
                        + "HTTP en clair."))
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for bucket in state.all(S3Bucket.self) {
            guard case .known(let name)? = bucket.name?.state else {
                results.unknown(bucket.address, reason: "the bucket's name is not known", at: bucket.address.origin)
                continue
            }
            let decision = Decision.any(bucket.policies) { policy in
                Decision(policy.statements) { statements in
                    statements.contains { Self.deniesInsecureTransport($0, bucket: name) }
                }
            }
            results.record(
                decision, for: bucket.address, at: bucket.address.origin,
                detail: LocalizedText(
                    "no policy statement denies s3:* when aws:SecureTransport is false",
                    fr: "aucun énoncé de politique ne refuse s3:* quand aws:SecureTransport vaut false"))
        }
        return results.results
    }

    /// Whether `statement` denies every S3 action to everyone over plain HTTP, on the bucket
    /// named `bucket` and on its objects.
    static func deniesInsecureTransport(_ statement: S3PolicyStatement, bucket: String) -> Bool {
        guard statement.effect.value?.lowercased() == "deny", statement.awsPrincipals.contains("*") else { return false }
        guard statement.actions.contains(where: { ["s3:*", "*"].contains($0.lowercased()) }) else { return false }

        let insecureCondition = statement.conditions.contains { condition in
            condition.operator.lowercased() == "bool" && condition.key.lowercased() == "aws:securetransport"
                && condition.values.values.map { $0.lowercased() } == ["false"]
        }
        guard insecureCondition else { return false }

        let bucketARN = "arn:aws:s3:::\(bucket)"
        let coversBucket = statement.resources.contains { PolicyPattern.matches(pattern: $0, value: bucketARN) }
        let coversObjects = statement.resources.contains { PolicyPattern.matches(pattern: $0, value: bucketARN + "/*") }
        return coversBucket && coversObjects
    }
}
