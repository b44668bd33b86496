import Foundation
import RempartSupport
import RempartTemplate
import Testing

struct JSONWriterTests {
    private let here = SourceLocation(file: "t.json", line: 1, column: 1)

    private func string(_ text: String) -> Node { Node(.string(text), at: here) }

    private func mapping(_ entries: [(String, Node)]) -> Node {
        Node(.mapping(entries.map { Node.Entry(key: $0.0, keyLocation: here, value: $0.1) }), at: here)
    }

    @Test func writesTwoSpaceIndentedJSON() throws {
        let getAtt = Intrinsic(name: "Fn::GetAtt", argument: Node(.sequence([string("Key"), string("Arn")]), at: here))
        let document = mapping([
            ("Resources", mapping([("R", mapping([("Type", string("AWS::S3::Bucket"))]))])),
            ("AWSTemplateFormatVersion", string("2010-09-09")),
            (
                "List",
                Node(
                    .sequence([Node(.number("8"), at: here), Node(.bool(true), at: here), Node(.null, at: here)]),
                    at: here)
            ),
            ("Arn", Node(.intrinsic(getAtt), at: here)),
            ("Empty", Node(.sequence([]), at: here)),
        ])
        let expected = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Resources": {
                "R": {
                  "Type": "AWS::S3::Bucket"
                }
              },
              "List": [
                8,
                true,
                null
              ],
              "Arn": {
                "Fn::GetAtt": [
                  "Key",
                  "Arn"
                ]
              },
              "Empty": []
            }

            """
        #expect(try JSONWriter().write(document) == expected)
    }

    @Test func escapesStrings() throws {
        let text = try JSONWriter().write(mapping([("K", string("a\"b\\c\nd\u{01}é/"))]))
        #expect(text == "{\n  \"K\": \"a\\\"b\\\\c\\nd\\u0001é/\"\n}\n")
        let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        #expect(decoded?["K"] == "a\"b\\c\nd\u{01}é/")
    }

    @Test func writesYAMLOnlyNumbersAsStrings() throws {
        let document = mapping([("Hex", Node(.number("0x1F"), at: here)), ("Plain", Node(.number("-1.5e3"), at: here))])
        #expect(try JSONWriter().write(document) == "{\n  \"Hex\": \"0x1F\",\n  \"Plain\": -1.5e3\n}\n")
    }

    @Test func writesReferencesInLongForm() throws {
        let document = mapping([
            ("A", Node(.reference(ResourceReference(file: "t", logicalID: "B", attribute: "Arn")), at: here))
        ])
        #expect(
            try JSONWriter().write(document)
                == "{\n  \"A\": {\n    \"Fn::GetAtt\": [\n      \"B\",\n      \"Arn\"\n    ]\n  }\n}\n")
    }

    @Test func rejectsUnknownValues() {
        let document = mapping([("A", Node(.sequence([Node(.unknown(.unresolvedImport("X")), at: here)]), at: here))])
        #expect(throws: TemplateWriterError.unknownValue(path: "A.0", reason: "no scanned template exports 'X'")) {
            try JSONWriter().write(document)
        }
    }

    @Test func roundTripsThroughReader() throws {
        let yaml = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "${AWS::StackName}-b"
                  Tags:
                    - Key: Port
                      Value: "22"
            Outputs:
              Arn:
                Value: !GetAtt Bucket.Arn

            """
        let original = try InfraTestSupport.read(yaml)
        let json = try JSONWriter().write(original)
        let reread = try InfraTestSupport.read(json, file: "t.json")
        #expect(reread.json == original.json)
        let yamlAgain = try YAMLWriter().write(reread)
        #expect(try InfraTestSupport.read(yamlAgain).json == original.json)
    }
}
