import RempartModel
import Testing

@testable import RempartAudit

/// Parsing of the JSON policies AWS returns.
struct LivePolicyParserTests {
    private let origin = Origin.live(resourceID: "example-data", region: "us-east-1")

    @Test func readsScalarAndListForms() throws {
        let text = """
            {"Version":"2012-10-17","Statement":{"Sid":"Read","Effect":"Allow",
            "Principal":{"AWS":["arn:aws:iam::123456789012:root"],"Service":"logging.s3.amazonaws.com"},
            "Action":"s3:GetObject","Resource":["arn:aws:s3:::example-data/*"],
            "Condition":{"StringEquals":{"aws:SourceAccount":"123456789012"}}}}
            """
        let document = try #require(LivePolicyParser.document(text, at: origin))
        #expect(document.version == "2012-10-17")
        let statement = try #require(document.statements.first)
        #expect(document.statements.count == 1)
        #expect(statement.sid == "Read")
        #expect(statement.isAllow)
        #expect(statement.actions.values == ["s3:GetObject"])
        #expect(statement.actions.isScalar)
        #expect(statement.resources.values == ["arn:aws:s3:::example-data/*"])
        #expect(statement.principal?.values(of: "AWS") == ["arn:aws:iam::123456789012:root"])
        #expect(statement.principal?.values(of: "Service") == ["logging.s3.amazonaws.com"])
        #expect(statement.conditions.map(\.key) == ["aws:SourceAccount"])
        #expect(statement.conditions.first?.values.values == ["123456789012"])
    }

    @Test func reducesBucketStatements() throws {
        let text = """
            {"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
            "Resource":["arn:aws:s3:::example-data","arn:aws:s3:::example-data/*"],
            "Condition":{"Bool":{"aws:SecureTransport":false}}}]}
            """
        let statements = try #require(LivePolicyParser.bucketStatements(text, at: origin))
        let statement = try #require(statements.first)
        #expect(statement.effect.value == "Deny")
        #expect(statement.awsPrincipals == ["*"])
        #expect(statement.actions == ["s3:*"])
        #expect(statement.hasCondition)
        #expect(statement.resources == ["arn:aws:s3:::example-data", "arn:aws:s3:::example-data/*"])
        // A JSON boolean reads as the string IAM compares it with.
        #expect(statement.conditions.first?.values.values == ["false"])
    }

    @Test func rejectsTextThatIsNotAnObject() {
        #expect(LivePolicyParser.document("[1, 2]", at: origin) == nil)
        #expect(LivePolicyParser.document("not json", at: origin) == nil)
    }
}
