import Foundation
import RempartSupport
import RempartTemplate
import Testing

/// One string and the YAML scalar the writer must produce for it.
struct ScalarCase: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: String
    var testDescription: String { "\(text.debugDescription) -> \(expected)" }
}

struct YAMLWriterTests {
    private let here = SourceLocation(file: "t.yaml", line: 1, column: 1)

    private func string(_ text: String) -> Node { Node(.string(text), at: here) }

    private func mapping(_ entries: [(String, Node)]) -> Node {
        Node(.mapping(entries.map { Node.Entry(key: $0.0, keyLocation: here, value: $0.1) }), at: here)
    }

    private func call(_ name: String, _ argument: Node) -> Node {
        Node(.intrinsic(Intrinsic(name: name, argument: argument)), at: here)
    }

    static let scalarCases = [
        ScalarCase(text: "vpc", expected: "vpc"),
        ScalarCase(text: "10.0.0.0/16", expected: "10.0.0.0/16"),
        ScalarCase(text: "2010-09-09", expected: "\"2010-09-09\""),
        ScalarCase(text: "2012-10-17T10:00:00Z", expected: "\"2012-10-17T10:00:00Z\""),
        ScalarCase(text: "22", expected: "\"22\""),
        ScalarCase(text: "-1", expected: "\"-1\""),
        ScalarCase(text: "1.5", expected: "\"1.5\""),
        ScalarCase(text: "1e3", expected: "\"1e3\""),
        ScalarCase(text: "0x1F", expected: "\"0x1F\""),
        ScalarCase(text: "0o17", expected: "\"0o17\""),
        ScalarCase(text: "017", expected: "\"017\""),
        ScalarCase(text: "1_000", expected: "\"1_000\""),
        ScalarCase(text: "1:30", expected: "\"1:30\""),
        ScalarCase(text: ".inf", expected: "\".inf\""),
        ScalarCase(text: ".NaN", expected: "\".NaN\""),
        ScalarCase(text: "true", expected: "\"true\""),
        ScalarCase(text: "False", expected: "\"False\""),
        ScalarCase(text: "yes", expected: "\"yes\""),
        ScalarCase(text: "No", expected: "\"No\""),
        ScalarCase(text: "on", expected: "\"on\""),
        ScalarCase(text: "OFF", expected: "\"OFF\""),
        ScalarCase(text: "y", expected: "\"y\""),
        ScalarCase(text: "null", expected: "\"null\""),
        ScalarCase(text: "~", expected: "\"~\""),
        ScalarCase(text: "", expected: "\"\""),
        ScalarCase(text: "*", expected: "\"*\""),
        ScalarCase(text: "kms:*", expected: "kms:*"),
        ScalarCase(text: "a: b", expected: "\"a: b\""),
        ScalarCase(text: "ends:", expected: "\"ends:\""),
        ScalarCase(text: "x #y", expected: "\"x #y\""),
        ScalarCase(text: "x#y", expected: "x#y"),
        ScalarCase(text: "- item", expected: "\"- item\""),
        ScalarCase(text: "!Ref", expected: "\"!Ref\""),
        ScalarCase(text: "@home", expected: "\"@home\""),
        ScalarCase(text: "%TAG", expected: "\"%TAG\""),
        ScalarCase(text: "{a}", expected: "\"{a}\""),
        ScalarCase(text: " padded", expected: "\" padded\""),
        ScalarCase(text: "padded ", expected: "\"padded \""),
        ScalarCase(text: "tab\there", expected: "\"tab\\there\""),
        ScalarCase(text: "quote\"and\\slash", expected: "quote\"and\\slash"),
        ScalarCase(text: "\"quoted\"", expected: "\"\\\"quoted\\\"\""),
        ScalarCase(text: "bell\u{07}", expected: "\"bell\\x07\""),
        ScalarCase(text: "line\u{2028}sep", expected: "\"line\\u2028sep\""),
        ScalarCase(text: "compartiment sécurisé", expected: "compartiment sécurisé"),
        ScalarCase(text: "${EnvironmentName}-igw", expected: "${EnvironmentName}-igw"),
        ScalarCase(
            text: "arn:${AWS::Partition}:iam::aws:policy/X", expected: "arn:${AWS::Partition}:iam::aws:policy/X"),
    ]

    @Test(arguments: scalarCases)
    func quotesScalarsThatWouldChangeType(_ scalarCase: ScalarCase) throws {
        let text = try YAMLWriter().write(mapping([("Key", string(scalarCase.text))]))
        #expect(text == "Key: \(scalarCase.expected)\n")
    }

    @Test(arguments: scalarCases)
    func scalarsReadBackUnchanged(_ scalarCase: ScalarCase) throws {
        let document = mapping([
            ("Resources", mapping([("R", mapping([("Type", string("AWS::S3::Bucket"))]))])),
            ("Value", string(scalarCase.text)),
        ])
        let root = try InfraTestSupport.read(try YAMLWriter().write(document))
        guard case .string(let text) = root["Value"]?.kind else {
            Issue.record("\(scalarCase.text.debugDescription) read back as \(String(describing: root["Value"]))")
            return
        }
        #expect(text == scalarCase.text)
    }

    @Test func writesShortFormIntrinsics() throws {
        let document = mapping([
            ("A", call("Ref", string("VPC"))),
            ("B", call("Fn::GetAtt", Node(.sequence([string("Key"), string("Arn")]), at: here))),
            ("C", call("Fn::Sub", string("${EnvironmentName}-igw"))),
            (
                "D",
                call(
                    "Fn::Select",
                    Node(.sequence([Node(.number("0"), at: here), call("Fn::GetAZs", string(""))]), at: here))
            ),
            (
                "E",
                call(
                    "Fn::Join",
                    Node(
                        .sequence([
                            string(","),
                            Node(.sequence([call("Ref", string("A")), call("Ref", string("B"))]), at: here),
                        ]), at: here))
            ),
        ])
        let expected = """
            A: !Ref VPC
            B: !GetAtt Key.Arn
            C: !Sub ${EnvironmentName}-igw
            D: !Select [0, !GetAZs ""]
            E: !Join [",", [!Ref A, !Ref B]]

            """
        #expect(try YAMLWriter().write(document) == expected)
    }

    @Test func nestedTaggedScalarUsesLongForm() throws {
        let document = mapping([("SubnetId", call("Fn::ImportValue", call("Fn::Sub", string("${Env}-PUB1-SN"))))])
        let expected = """
            SubnetId:
              Fn::ImportValue: !Sub ${Env}-PUB1-SN

            """
        #expect(try YAMLWriter().write(document) == expected)
    }

    @Test func intrinsicOfMappingUsesBlockUnderTag() throws {
        let variables = mapping([("Name", call("Ref", string("Bucket")))])
        let document = mapping([
            ("Value", call("Fn::Sub", Node(.sequence([string("${Name}-x"), variables]), at: here)))
        ])
        let expected = """
            Value: !Sub
              - ${Name}-x
              - Name: !Ref Bucket

            """
        #expect(try YAMLWriter().write(document) == expected)
    }

    @Test func getAttWithDottedLogicalIDUsesList() throws {
        let document = mapping([
            ("A", call("Fn::GetAtt", Node(.sequence([string("My.Res"), string("Arn")]), at: here)))
        ])
        #expect(try YAMLWriter().write(document) == "A: !GetAtt [My.Res, Arn]\n")
    }

    @Test func foldsLongDescriptions() throws {
        let words = Array(repeating: "word", count: 30).joined(separator: " ")
        let text = try YAMLWriter().write(mapping([("Description", string(words))]))
        let lines = text.split(separator: "\n")
        #expect(lines.first == "Description: >-")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  word") && $0.count < 80 })
        #expect(
            try InfraTestSupport.read(text + "Resources: {R: {Type: AWS::S3::Bucket}}\n")["Description"]?.scalarText
                == words)
    }

    @Test func keepsLongWordOnOneLine() throws {
        let pattern = "^" + String(repeating: "[0-9]", count: 30) + "$"
        #expect(
            try YAMLWriter().write(mapping([("AllowedPattern", string(pattern))])) == "AllowedPattern: \(pattern)\n")
    }

    @Test func writesLiteralBlocksForLineBreaks() throws {
        let document = mapping([
            ("Clipped", string("one\ntwo\n")), ("Stripped", string("one\n\ntwo")), ("Kept", string("one\n\n")),
        ])
        let expected = """
            Clipped: |
              one
              two
            Stripped: |-
              one

              two
            Kept: |+
              one


            """
        let text = try YAMLWriter().write(document)
        #expect(text == expected)
        let root = try InfraTestSupport.read(text + "Resources: {R: {Type: AWS::S3::Bucket}}\n")
        #expect(root["Clipped"]?.scalarText == "one\ntwo\n")
        #expect(root["Stripped"]?.scalarText == "one\n\ntwo")
        #expect(root["Kept"]?.scalarText == "one\n\n")
    }

    @Test func indentedFirstLineIsDoubleQuoted() throws {
        #expect(try YAMLWriter().write(mapping([("A", string("  x\ny"))])) == "A: \"  x\\ny\"\n")
    }

    @Test func writesNestedCollectionsAndQuotedKeys() throws {
        let inner = Node(.sequence([string("a"), string("b")]), at: here)
        let document = mapping([
            ("Outer", Node(.sequence([inner, mapping([("K", string("v")), ("L", string("w"))])]), at: here)),
            ("EmptyList", Node(.sequence([]), at: here)),
            ("EmptyMap", Node(.mapping([]), at: here)),
            ("Null", Node(.null, at: here)),
            ("Number", Node(.number("10.0"), at: here)),
        ])
        let expected = """
            Outer:
              - - a
                - b
              - K: v
                L: w

            EmptyList: []
            EmptyMap: {}
            "Null": null
            Number: 10.0

            """
        let text = try YAMLWriter().write(document)
        #expect(text == expected, "\(text)")
    }

    @Test func ordersSectionsAndResourceAttributes() throws {
        let resource = mapping([
            ("Properties", mapping([("A", string("b"))])), ("DependsOn", string("X")), ("Type", string("T::T::T")),
        ])
        let document = mapping([
            ("Outputs", mapping([("O", mapping([("Value", string("v")), ("Description", string("d"))]))])),
            ("Resources", mapping([("R", resource), ("S", mapping([("Type", string("T::T::T"))]))])),
            ("Description", string("d")),
            ("AWSTemplateFormatVersion", string("2010-09-09")),
        ])
        let expected = """
            AWSTemplateFormatVersion: "2010-09-09"
            Description: d

            Resources:
              R:
                Type: T::T::T
                DependsOn: X
                Properties:
                  A: b

              S:
                Type: T::T::T

            Outputs:
              O:
                Description: d
                Value: v

            """
        #expect(try YAMLWriter().write(document) == expected)
    }

    @Test func rejectsUnknownValues() {
        let document = mapping([
            (
                "Resources",
                mapping([("R", mapping([("P", Node(.unknown(.pseudoParameter("AWS::AccountId")), at: here))]))])
            )
        ])
        #expect(
            throws: TemplateWriterError.unknownValue(
                path: "Resources.R.P", reason: "'AWS::AccountId' is only known at deployment")
        ) {
            try YAMLWriter().write(document)
        }
    }

    @Test func writesReferencesAsTags() throws {
        let document = mapping([
            ("A", Node(.reference(ResourceReference(file: "t.yaml", logicalID: "VPC")), at: here)),
            ("B", Node(.reference(ResourceReference(file: "t.yaml", logicalID: "Key", attribute: "Arn")), at: here)),
        ])
        #expect(try YAMLWriter().write(document) == "A: !Ref VPC\nB: !GetAtt Key.Arn\n")
    }
}
