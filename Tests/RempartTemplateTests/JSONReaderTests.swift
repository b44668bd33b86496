import Foundation
import RempartSupport
import RempartTemplate
import Testing

struct JSONReaderTests {
    @Test func readsValuesWithLocations() throws {
        let text = """
            {
              "Resources": {
                "B": {
                  "Type": "AWS::S3::Bucket",
                  "Properties": {"Size": 10.50, "On": true, "Off": false, "None": null, "List": [1, "two"]}
                }
              }
            }
            """
        let template = try TestSupport.template(text, file: "a.json")
        #expect(template.format == .json)
        let properties = try #require(template.root.at(["Resources", "B", "Properties"]))
        #expect(properties.json == #"{"Size":10.50,"On":true,"Off":false,"None":null,"List":[1,"two"]}"#)
        #expect(properties.location == SourceLocation(file: "a.json", line: 5, column: 21))
        #expect(properties["List"]?.elements?[1].location == SourceLocation(file: "a.json", line: 5, column: 89))
        let entry = try #require(template.root["Resources"]?.entry("B"))
        #expect(entry.keyLocation == SourceLocation(file: "a.json", line: 3, column: 5))
        #expect(template.comments.isEmpty)
    }

    @Test func keepsNumbersAsWritten() throws {
        let template = try TestSupport.template(
            #"{"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"A":1E+3,"B":-0.0,"C":10.50}}}}"#)
        #expect(template.root.at(["Resources", "B", "Properties"])?.json == #"{"A":1E+3,"B":-0.0,"C":10.50}"#)
    }

    @Test func decodesEscapes() throws {
        let text =
            #"{"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"S":"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00"}}}}"#
        let template = try TestSupport.template(text)
        let value = try #require(template.root.at(["Resources", "B", "Properties", "S"]))
        #expect(value.scalarText == "a\"b\\c/d\u{08}\u{0C}\n\r\té😀")
    }

    @Test func countsColumnsInCharacters() throws {
        let text = #"{"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"Nom":"élève","X":1}}}}"#
        let template = try TestSupport.template(text, file: "a.json")
        let properties = try #require(template.root.at(["Resources", "B", "Properties"]))
        #expect(properties["Nom"]?.scalarText == "élève")
        #expect(properties["X"]?.location.column == 77)
    }

    @Test func recognizesLongFormIntrinsics() throws {
        let text = """
            {"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{
              "A":{"Ref":"X"},
              "B":{"Fn::Sub":"${X}"},
              "C":{"Condition":"IsProd"},
              "D":{"Condition":{"StringEquals":{"k":"v"}}},
              "E":{"Ref":"X","Other":1},
              "F":{"Fn::":1}
            }}}}
            """
        let properties = try #require(try TestSupport.template(text).root.at(["Resources", "B", "Properties"]))
        func name(_ key: String) -> String? {
            if case .intrinsic(let call)? = properties[key]?.kind { return call.name }
            return nil
        }
        #expect(name("A") == "Ref")
        #expect(name("B") == "Fn::Sub")
        #expect(name("C") == "Condition")
        #expect(name("D") == nil)
        #expect(name("E") == nil)
        #expect(name("F") == nil)
        #expect(properties["A"]?.location == SourceLocation(file: "t.yaml", line: 2, column: 7))
    }

    @Test func warnsOnDuplicateKeysAndKeepsTheLast() throws {
        let text = """
            {"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{
              "Name":"first",
              "Name":"second"
            }}}}
            """
        let template = try TestSupport.template(text, file: "d.json")
        #expect(template.root.at(["Resources", "B", "Properties"])?.json == #"{"Name":"second"}"#)
        let diagnostic = try #require(template.diagnostics.first)
        #expect(template.diagnostics.count == 1)
        #expect(diagnostic.level == .warning)
        #expect(diagnostic.location == SourceLocation(file: "d.json", line: 2, column: 3))
        #expect(
            diagnostic.message.english
                == "duplicate key 'Name': the value at line 3 replaces this one; remove one of them")
    }

    @Test func acceptsByteOrderMarkCRLFAndTabs() throws {
        let text = "\u{FEFF}{\r\n\t\"Resources\": {\r\n\t\t\"B\": {\"Type\": \"AWS::S3::Bucket\"}\r\n\t}\r\n}\r\n"
        let template = try TestSupport.template(text, file: "w.json")
        let entry = try #require(template.root["Resources"]?.entry("B"))
        #expect(entry.keyLocation == SourceLocation(file: "w.json", line: 3, column: 3))
        #expect(template.root.location == SourceLocation(file: "w.json", line: 1, column: 1))
    }

    @Test func loneCarriageReturnsEndLines() throws {
        let text = "{\r\"Resources\": {\r\"B\": {\"Type\": \"AWS::S3::Bucket\"}}}"
        let entry = try #require(try TestSupport.template(text).root["Resources"]?.entry("B"))
        #expect(entry.keyLocation.line == 3)
    }

    @Test func notATemplateWithoutCloudFormationResources() throws {
        for text in [#"{"a": 1}"#, #"{"Resources": {}}"#, #"{"Resources": {"X": {"Type": "Other::Thing"}}}"#] {
            #expect(try TemplateReader.read(Data(text.utf8), file: "x.json").isNotATemplate, "\(text)")
        }
        for type in ["AWS::S3::Bucket", "Custom::Thing", "Alexa::ASK::Skill", "AWS::Serverless::Function"] {
            let text = #"{"Resources": {"X": {"Type": "\#(type)"}}}"#
            #expect(try !TemplateReader.read(Data(text.utf8), file: "x.json").isNotATemplate, "\(type)")
        }
    }

    @Test func readsLongMinifiedLineQuickly() throws {
        // One line of about 2 MB: columns must not be recounted from the line start for every value.
        let tags = (0..<40_000).map { #"{"Key":"k\#($0)","Value":"é\#($0)"}"# }.joined(separator: ",")
        let text = #"{"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"Tags":["# + tags + "]}}}}"
        let start = Date()
        let template = try TestSupport.template(text, file: "min.json")
        #expect(Date().timeIntervalSince(start) < 5)
        let last = try #require(template.root.at(["Resources", "B", "Properties", "Tags", 39_999, "Value"]))
        let prefix =
            #"{"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"Tags":["#
            + (0..<39_999).map { #"{"Key":"k\#($0)","Value":"é\#($0)"}"# }.joined(separator: ",")
            + #",{"Key":"k39999","Value":"#
        #expect(last.location == SourceLocation(file: "min.json", line: 1, column: prefix.unicodeScalars.count + 1))
    }

    @Test func rejectsTooDeepNesting() throws {
        let text = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let error = try #require(TestSupport.readError("{\"a\": " + text + "}"))
        #expect(error.message.english == "invalid JSON: objects and arrays are nested more than 200 levels deep; no CloudFormation template "
                + "needs this many, so check the file was not generated or concatenated by mistake")
    }

    @Test func deepNestingResolves() throws {
        // Sixty calls of three levels each, plus four levels of template, stay under the limit of 200.
        let levels = 60
        let value =
            String(repeating: #"{"Fn::If":["C",["#, count: levels) + "1" + String(repeating: "],2]}", count: levels)
        let text =
            #"{"Conditions":{"C":{"Fn::Equals":[1,1]}},"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"V":"#
            + value + "}}}}"
        let resolved = try TestSupport.resolved(text, file: "deep.json")
        let expected = String(repeating: "[", count: levels) + "1" + String(repeating: "]", count: levels)
        #expect(resolved.resource("B")?.properties["V"]?.json == expected)
    }
}

/// A syntax error case: the text, where the error must point, and its message.
struct JSONErrorCase: CustomTestStringConvertible, Sendable {
    var text: String
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { text.debugDescription }

    static let all: [JSONErrorCase] = [
        .init(
            text: "{\n  \"a\": 1\n  \"b\": 2\n}", line: 3, column: 3,
            message:
                #"expected ',' or '}' after an object member but found '"'; add the missing comma or close the object"#),
        .init(
            text: #"{"a": [1 2]}"#, line: 1, column: 10,
            message:
                "expected ',' or ']' after an array element but found '2'; add the missing comma or close the array"),
        .init(
            text: "{\"a\": 1,\n}", line: 2, column: 1,
            message: "expected an object key in double quotes after ',' but found '}'; "
                + "remove the trailing comma or add the missing member"),
        .init(
            text: #"{"a": [1,]}"#, line: 1, column: 10,
            message: "expected an array element after ',' but found ']'; remove the trailing comma"),
        .init(text: "{'a': 1}", line: 1, column: 2, message: "expected an object key in double quotes but found '''"),
        .init(text: #"{"a" 1}"#, line: 1, column: 6, message: "expected ':' after the object key 'a' but found '1'"),
        .init(
            text: #"{"a": tru}"#, line: 1, column: 10,
            message: "invalid literal; write true, false or null in lowercase, or quote the text as a string"),
        .init(
            text: #"{"a": True}"#, line: 1, column: 7,
            message: "expected a value (object, array, string, number, true, false or null) but found 'T'; "
                + "quote strings with double quotes"),
        .init(
            text: #"{"a": 012}"#, line: 1, column: 8,
            message: #"numbers cannot start with 0; quote the value as a string if the zeros matter ("0123")"#),
        .init(
            text: #"{"a": 1.}"#, line: 1, column: 9,
            message: "invalid number; a digit is missing (write 0.5, not .5 or 5.), or quote the value as a string"),
        .init(text: #"{"a": "abc"#, line: 1, column: 7, message: "string not closed; add the closing double quote"),
        .init(
            text: "{\"a\": \"ab\nc\"}", line: 1, column: 10,
            message: #"line break inside a string; write it as an escape (\n, \t, \u00XX) or close the string"#),
        .init(
            text: #"{"a": "a\qb"}"#, line: 1, column: 9,
            message: #"invalid escape \q in a string; valid escapes are \" \\ \/ \b \f \n \r \t and \uXXXX, "#
                + #"and a backslash is written \\"#),
        .init(
            text: #"{"a": "\u12G4"}"#, line: 1, column: 8,
            message: #"invalid \u escape; write exactly four hexadecimal digits (\u00e9)"#),
        .init(
            text: #"{"a": "\ud800x"}"#, line: 1, column: 8,
            message: #"invalid \u escape: a UTF-16 surrogate must come in a high and low pair"#),
        .init(
            text: #"{"a": 1}}"#, line: 1, column: 9,
            message: "unexpected '}' after the end of the document; a template contains exactly one JSON object"),
        .init(
            text: #"{"a": {"b": 1}"#, line: 1, column: 15,
            message: "unexpected end of file inside the object opened at line 1, column 1; add the missing '}'"),
        .init(
            text: #"{"a": [1"#, line: 1, column: 9,
            message: "unexpected end of file inside the array opened at line 1, column 7; add the missing ']'"),
        .init(text: #"{"a":"#, line: 1, column: 6, message: "unexpected end of file; a value, '}' or ']' is missing"),
        .init(
            text: "\t{\r\n\t\"é\": \"x\" \"y\"}", line: 2, column: 11,
            message:
                #"expected ',' or '}' after an object member but found '"'; add the missing comma or close the object"#),
    ]
}

struct JSONErrorTests {
    @Test(arguments: JSONErrorCase.all)
    func reportsErrorAtExactPosition(_ errorCase: JSONErrorCase) throws {
        let error = try #require(TestSupport.readError(errorCase.text, file: "bad.json"))
        #expect(error.kind == .syntax)
        #expect(error.file == "bad.json")
        #expect(error.location == SourceLocation(file: "bad.json", line: errorCase.line, column: errorCase.column))
        #expect(error.message.english == "invalid JSON: " + errorCase.message)
        #expect(error.message.french.hasPrefix("JSON invalide : "))
    }

    @Test func frenchMessageSaysWhatToDo() throws {
        let error = try #require(TestSupport.readError(#"{"a": 1 "b": 2}"#))
        #expect(
            error.message.french
                == "JSON invalide : « , » ou « } » attendu après un membre d'objet, mais on trouve « \" » ; "
                + "ajoutez la virgule manquante ou fermez l'objet")
        #expect(error.diagnostic.formatted(in: .french) == "t.yaml:1:9: erreur : " + error.message.french)
    }
}

extension TemplateReadResult {
    var isNotATemplate: Bool {
        if case .notATemplate = self { return true }
        return false
    }
}
