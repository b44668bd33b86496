import RempartTemplate

/// An IAM policy document, version `2012-10-17`.
public struct PolicyDocument: Sendable {
    public var statements: [PolicyStatement]

    /// Creates a document.
    public init(_ statements: [PolicyStatement]) {
        self.statements = statements
    }

    /// Returns the trust policy that lets an AWS service assume a role.
    public static func assumeRole(by service: String) -> PolicyDocument {
        PolicyDocument([PolicyStatement(principal: .service(.literal(service)), actions: ["sts:AssumeRole"])])
    }

    /// Returns the bucket policy statement that rejects requests made without TLS, on the bucket and its objects.
    /// The principal is written `{"AWS": "*"}`, which AWS treats like `"*"`, because moto 5.2.5 fails with
    /// HTTP 500 on `PutBucketLogging` when the target bucket's policy has a string principal.
    public static func denyInsecureTransportStatement(bucketARN: Token, bucketLogicalID: String) -> PolicyStatement {
        PolicyStatement(
            sid: "DenyInsecureTransport", effect: .deny, principal: .aws("*"), actions: ["s3:*"],
            resources: [bucketARN, .sub("${\(bucketLogicalID).Arn}/*")],
            conditions: [PolicyStatement.Condition("Bool", "aws:SecureTransport", "false")])
    }

    var node: Node {
        .map([("Version", .string("2012-10-17")), ("Statement", .list(statements.map(\.node)))])
    }
}
