import Foundation
import RempartSupport
import RempartTemplate
import Testing

struct YAMLReaderTests {
    static let header = "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n"

    /// Reads `properties` (indented by six spaces) under a bucket and returns the Properties node.
    static func properties(_ properties: String, file: String = "t.yaml") throws -> Node {
        let indented = properties.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }
        let template = try TestSupport.template(header + indented.joined(separator: "\n"), file: file)
        return try #require(template.root.at(["Resources", "B", "Properties"]))
    }

    @Test func readsNodesWithLocations() throws {
        let properties = try Self.properties("Name: logs\nTags:\n  - Key: a\n    Value: b", file: "l.yaml")
        #expect(properties.location == SourceLocation(file: "l.yaml", line: 5, column: 7))
        #expect(properties["Name"]?.location == SourceLocation(file: "l.yaml", line: 5, column: 13))
        #expect(properties.entry("Tags")?.keyLocation == SourceLocation(file: "l.yaml", line: 6, column: 7))
        #expect(properties.at(["Tags", 0, "Value"])?.location == SourceLocation(file: "l.yaml", line: 8, column: 18))
        #expect(properties.json == #"{"Name":"logs","Tags":[{"Key":"a","Value":"b"}]}"#)
    }

    @Test func resolvesPlainScalarsAsCloudFormationDoes() throws {
        let text = """
            A: true
            B: False
            C: TRUE
            D: yes
            E: off
            F: null
            G: ~
            H:
            I: 22
            J: -1
            K: 012345678901
            L: 1.50
            M: 1e3
            N: 0x1F
            O: .inf
            P: 2010-09-09
            Q: 1.2.3
            R: "true"
            S: '22'
            T: !!str 22
            U: +12
            V: 10.0.0.0/16
            """
        let properties = try Self.properties(text)
        #expect(
            properties.json
                == #"{"A":true,"B":false,"C":true,"D":true,"E":false,"F":null,"G":null,"H":null,"I":22,"J":-1,"#
                + #""K":012345678901,"L":1.50,"M":1e3,"N":0x1F,"O":.inf,"P":"2010-09-09","Q":"1.2.3","R":"true","#
                + #""S":"22","T":"22","U":+12,"V":"10.0.0.0/16"}"#)
    }

    @Test func readsYAML11BooleanSpellings() throws {
        let trueSpellings = ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"]
        let falseSpellings = ["n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE"]
        let spellings = trueSpellings + falseSpellings
        let text = spellings.enumerated().map { "K\($0.offset): \($0.element)" }.joined(separator: "\n")
        let properties = try Self.properties(text)
        for (index, spelling) in spellings.enumerated() {
            #expect(properties["K\(index)"]?.json == (index < trueSpellings.count ? "true" : "false"), "\(spelling)")
        }
    }

    @Test func keepsQuotedAndMixedCaseAsStrings() throws {
        let text = """
            A: 'yes'
            B: "off"
            C: !!str on
            D: yEs
            E: oN
            F: yes please
            G: nO
            H: [y, 'n', Off]
            yes: on
            """
        let properties = try Self.properties(text)
        #expect(
            properties.json
                == #"{"A":"yes","B":"off","C":"on","D":"yEs","E":"oN","F":"yes please","G":"nO","H":[true,"n",false],"#
                + #""yes":true}"#)
    }

    @Test func readsQuotedAndBlockScalars() throws {
        let text = """
            A: 'it''s'
            B: "tab\\there"
            C: |
              line one
              line two
            D: >-
              folded
              text
            E: plain
              continued
            """
        let properties = try Self.properties(text)
        #expect(
            properties.json
                == #"{"A":"it's","B":"tab\there","C":"line one\nline two\n","D":"folded text","E":"plain continued"}"#)
    }

    @Test(arguments: [
        ("!Ref X", "Ref"), ("!Sub x", "Fn::Sub"), ("!GetAtt A.B", "Fn::GetAtt"), ("!If [C, a, b]", "Fn::If"),
        ("!Equals [a, b]", "Fn::Equals"), ("!Not [C]", "Fn::Not"), ("!And [a, b]", "Fn::And"), ("!Or [a, b]", "Fn::Or"),
        ("!Condition C", "Condition"), ("!FindInMap [M, a, b]", "Fn::FindInMap"), ("!Join ['', [a]]", "Fn::Join"),
        ("!Select [0, [a]]", "Fn::Select"), ("!Split [',', a]", "Fn::Split"), ("!GetAZs ''", "Fn::GetAZs"),
        ("!ImportValue X", "Fn::ImportValue"), ("!Base64 x", "Fn::Base64"), ("!Cidr [a, 1, 8]", "Fn::Cidr"),
        ("!Transform {Name: M}", "Fn::Transform"), ("!Length [a]", "Fn::Length"),
        ("!ToJsonString {a: 1}", "Fn::ToJsonString"),
    ])
    func readsShortTag(source: String, longName: String) throws {
        let value = try #require(try Self.properties("V: " + source)["V"])
        guard case .intrinsic(let call) = value.kind else {
            Issue.record("\(source) read as \(value.json)")
            return
        }
        #expect(call.name == longName)
        #expect(value.location == SourceLocation(file: "t.yaml", line: 5, column: 10))
    }

    @Test func keepsShortTagArguments() throws {
        let properties = try Self.properties("A: !Sub '${X}-y'\nB: !GetAZs\nC: !Ref 22\nD: !Sub\n  - ${A}\n  - A: 1")
        #expect(
            properties.json
                == #"{"A":{"Fn::Sub":"${X}-y"},"B":{"Fn::GetAZs":""},"C":{"Ref":"22"},"D":{"Fn::Sub":["${A}",{"A":1}]}}"#
        )
    }

    @Test func splitsDottedGetAttAtFirstDot() throws {
        let properties = try Self.properties(
            "A: !GetAtt Stack.Outputs.KeyArn\nB: !GetAtt [Res, Attr.Sub]\nC: !GetAtt NoDot")
        #expect(properties["A"]?.json == #"{"Fn::GetAtt":["Stack","Outputs.KeyArn"]}"#)
        #expect(properties["B"]?.json == #"{"Fn::GetAtt":["Res","Attr.Sub"]}"#)
        #expect(properties["C"]?.json == #"{"Fn::GetAtt":"NoDot"}"#)
        guard case .intrinsic(let call)? = properties["A"]?.kind, let parts = call.argument.elements else {
            Issue.record("not a call")
            return
        }
        #expect(parts[0].location == SourceLocation(file: "t.yaml", line: 5, column: 18))
        #expect(parts[1].location == SourceLocation(file: "t.yaml", line: 5, column: 24))
    }

    @Test func recognizesLongFormIntrinsics() throws {
        let properties = try Self.properties(
            "A:\n  Fn::Join: ['', [a]]\nB: {Ref: X}\nC:\n  Condition: [x]\nD: !Sub\n  Ref: X")
        #expect(
            properties.json
                == #"{"A":{"Fn::Join":["",["a"]]},"B":{"Ref":"X"},"C":{"Condition":["x"]},"D":{"Fn::Sub":{"Ref":"X"}}}"#
        )
        if case .intrinsic = properties["C"]?.kind { Issue.record("Condition with a list is not a call") }
    }

    @Test func warnsOnUnknownTagAndKeepsValue() throws {
        let template = try TestSupport.template(Self.header + "      A: !Rain::Embed file.txt\n      B: !Custom [1]")
        #expect(template.root.at(["Resources", "B", "Properties"])?.json == #"{"A":"file.txt","B":[1]}"#)
        #expect(template.diagnostics.map(\.location?.line) == [5, 6])
        #expect(
            template.diagnostics.first?.message.english
                == "unknown tag '!Rain::Embed' ignored; CloudFormation short tags are !Ref, !Sub, !GetAtt, !If, !Join, …"
        )
    }

    @Test func warnsOnDuplicateKeysAndKeepsTheLast() throws {
        let template = try TestSupport.template(Self.header + "      Name: a\n      Name: b")
        #expect(template.root.at(["Resources", "B", "Properties"])?.json == #"{"Name":"b"}"#)
        #expect(template.diagnostics.count == 1)
        #expect(template.diagnostics.first?.location == SourceLocation(file: "t.yaml", line: 5, column: 7))
    }

    @Test func expandsAnchorsAliasesAndMergeKeys() throws {
        let text = """
            Base: &base
              A: 1
              B: 2
            Extra: &extra
              B: 20
              C: 30
            Resources:
              One:
                Type: AWS::S3::Bucket
                Properties: *base
              Two:
                Type: AWS::S3::Bucket
                Properties:
                  <<: *base
                  B: 3
              Three:
                Type: AWS::S3::Bucket
                Properties:
                  D: 4
                  <<: [*extra, *base]
            """
        let template = try TestSupport.template(text, file: "m.yaml")
        #expect(template.root.at(["Resources", "One", "Properties"])?.json == #"{"A":1,"B":2}"#)
        #expect(
            template.root.at(["Resources", "One", "Properties"])?.location
                == SourceLocation(file: "m.yaml", line: 10, column: 17))
        #expect(template.root.at(["Resources", "Two", "Properties"])?.json == #"{"A":1,"B":3}"#)
        #expect(template.root.at(["Resources", "Three", "Properties"])?.json == #"{"D":4,"B":20,"C":30,"A":1}"#)
        #expect(template.diagnostics.count == 1)
        #expect(template.diagnostics.first?.level == .warning)
        #expect(template.diagnostics.first?.location == SourceLocation(file: "m.yaml", line: 10, column: 17))
        #expect(
            template.diagnostics.first?.message.english.hasPrefix("YAML aliases and merge keys are expanded here")
                == true)
    }

    @Test func stopsBillionLaughsQuickly() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [" + Array(repeating: previous, count: 9).joined(separator: ", ") + "]\n"
        }
        text += "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {X: *a9}\n"
        let start = Date()
        let error = try #require(TestSupport.readError(text, file: "lol.yaml"))
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(error.kind == .expansionLimit)
        #expect(
            error.message.english
                == "YAML aliases expand to more than 100000 values, which looks like an alias bomb; "
                + "write the repeated values out or reduce the nesting of aliases")
        #expect(error.location?.line == 5)
    }

    @Test func rejectsTooDeepNesting() throws {
        let error = try #require(TestSupport.readError("a: " + String(repeating: "[", count: 300)))
        #expect(error.location == SourceLocation(file: "t.yaml", line: 1, column: 203))
        #expect(error.message.english == "invalid YAML: mappings and lists are nested more than 200 levels deep; no CloudFormation "
                + "template needs this many, so check the file was not generated or concatenated by mistake")
    }

    @Test func rejectsUndefinedAlias() throws {
        let error = try #require(TestSupport.readError("A: *nowhere\n"))
        #expect(error.location == SourceLocation(file: "t.yaml", line: 1, column: 4))
        #expect(
            error.message.english
                == "invalid YAML: alias '*nowhere' refers to no anchor defined before it; define '&nowhere' earlier in the file"
        )
    }

    @Test func collectsComments() throws {
        let text = """
            # top comment
            Resources:
              # rempart:ignore:AVD-AWS-0107
              #trivy:ignore:AVD-AWS-0124
              B:   # trailing
                Type: AWS::S3::Bucket
                Properties:
                  A: "not # a comment"
                  B: 'nor # this'
                  C: |  # header comment
                    # inside a block
                    text
                  D: value#notcomment
                  E: value # comment
                  F: http://x/#fragment
            """
        let template = try TestSupport.template(text)
        #expect(
            template.comments == [
                Template.Comment(line: 1, isWholeLine: true, text: "top comment"),
                Template.Comment(line: 3, isWholeLine: true, text: "rempart:ignore:AVD-AWS-0107"),
                Template.Comment(line: 4, isWholeLine: true, text: "trivy:ignore:AVD-AWS-0124"),
                Template.Comment(line: 5, isWholeLine: false, text: "trailing"),
                Template.Comment(line: 10, isWholeLine: false, text: "header comment"),
                Template.Comment(line: 14, isWholeLine: false, text: "comment"),
            ])
        #expect(template.root.at(["Resources", "B", "Properties", "C"])?.scalarText == "# inside a block\ntext\n")
        #expect(template.root.at(["Resources", "B", "Properties", "D"])?.scalarText == "value#notcomment")
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let text =
            "\u{FEFF}# c\r\nResources:\r\n  B:\r\n    Type: AWS::S3::Bucket\r\n    Properties:\r\n      A: x # y\r\n"
        let template = try TestSupport.template(text, file: "w.yaml")
        #expect(template.root.location == SourceLocation(file: "w.yaml", line: 2, column: 1))
        #expect(
            template.root.at(["Resources", "B", "Properties", "A"])?.location
                == SourceLocation(file: "w.yaml", line: 6, column: 10))
        #expect(template.root.at(["Resources", "B", "Properties", "A"])?.scalarText == "x")
        #expect(
            template.comments == [
                Template.Comment(line: 1, isWholeLine: true, text: "c"),
                Template.Comment(line: 6, isWholeLine: false, text: "y"),
            ])
    }

    @Test func rejectsSecondDocumentBesideTemplate() throws {
        // The second document is invalid too; the error still names where it starts.
        for text in [Self.header + "      A: 1\n---\nother: [\n", Self.header + "      A: 1\n---\n"] {
            do {
                _ = try TemplateReader.read(Data(text.utf8), file: "t.yaml")
                Issue.record("no error for \(text.debugDescription)")
            } catch {
                #expect(error.kind == .invalidStructure)
                #expect(error.location == SourceLocation(file: "t.yaml", line: 6, column: 1))
            }
        }
    }

    @Test func documentStreamWithoutTemplateIsNoTemplate() throws {
        let text = "kind: Deployment\n---\nkind: Service\n---\nbroken: [\n"
        #expect(try TemplateReader.read(Data(text.utf8), file: "k.yaml").isNotATemplate)
    }

    @Test func emptyOrCommentOnlyFilesAreNotTemplates() throws {
        for text in [
            "", "\n\n", "# only a comment\n", "---\n", "key: value\n", "Resources: []\n",
            "Resources:\n  B:\n    Type: Other\n",
        ] {
            #expect(try TemplateReader.read(Data(text.utf8), file: "e.yaml").isNotATemplate, "\(text.debugDescription)")
        }
    }

    @Test func rejectsInvalidUTF8WithPosition() throws {
        var data = Data("Resources:\n  B: é".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        do {
            _ = try TemplateReader.read(data, file: "u.yaml")
            Issue.record("no error")
        } catch {
            #expect(error.kind == .invalidEncoding)
            #expect(error.location == SourceLocation(file: "u.yaml", line: 2, column: 7))
            #expect(error.message.english == "the file is not valid UTF-8 (byte 0xC3); save it as UTF-8")
            #expect(
                error.message.french == "le fichier n'est pas en UTF-8 valide (octet 0xC3) ; enregistrez-le en UTF-8")
        }
    }
}

/// A YAML syntax error: the text, where the error must point, and its message.
struct YAMLErrorCase: CustomTestStringConvertible, Sendable {
    var text: String
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { text.debugDescription }

    static let all: [YAMLErrorCase] = [
        .init(
            text: "Resources:\n  B:\n    Type: a: b\n", line: 3, column: 12,
            message:
                "mapping values are not allowed here; check the indentation of this line, or quote a value that contains ': '"
        ),
        .init(
            text: "Resources:\n  B:\n    Type: x\n   Other: y\n", line: 4, column: 4,
            message: "expected a key at this indentation; align the line with the other keys of its mapping; "
                + "while parsing a block mapping that starts at line 2, column 3"),
        .init(
            text: "Resources:\n\tB: 1\n", line: 2, column: 1,
            message:
                "this character cannot start a value (a tab used for indentation, or '@' or '`' at the start of a value); "
                + "indent with spaces and quote values starting with '@' or '`'; "
                + "while scanning for the next token that starts at line 2, column 1"),
        .init(
            text: "A: 'open\n", line: 2, column: 1,
            message: "unexpected end of file inside a quoted string; add the closing quote; "
                + "while scanning a quoted scalar that starts at line 1, column 4"),
        .init(
            text: "A: [1, 2\n", line: 2, column: 1,
            message: "expected ',' or ']' in a flow list; add the missing comma or close the list; "
                + "while parsing a flow sequence that starts at line 1, column 4"),
        .init(
            text: "A: \"a\\qb\"\n", line: 1, column: 6,
            message:
                "unknown escape sequence in a double-quoted string; write a backslash as '\\\\' or use single quotes; "
                + "while parsing a quoted scalar that starts at line 1, column 4"),
        .init(
            text: "Resources:\n  B:\n    Type: a\u{07}b\n", line: 3, column: 12,
            message: "control characters are not allowed in YAML; remove them or write them as escapes "
                + "in a double-quoted string"),
    ]
}

struct YAMLErrorTests {
    @Test(arguments: YAMLErrorCase.all)
    func reportsErrorWithLineAndColumn(_ errorCase: YAMLErrorCase) throws {
        let error = try #require(TestSupport.readError(errorCase.text, file: "bad.yaml"))
        #expect(error.kind == .syntax)
        #expect(error.location == SourceLocation(file: "bad.yaml", line: errorCase.line, column: errorCase.column))
        #expect(error.message.english == "invalid YAML: " + errorCase.message)
        #expect(error.message.french.hasPrefix("YAML invalide : "))
    }

    @Test func frenchMessageForTabContext() throws {
        let error = try #require(TestSupport.readError("Resources:\n\tB: 1\n"))
        #expect(
            error.message.french
                == "YAML invalide : ce caractère ne peut pas commencer une valeur (tabulation utilisée pour l'indentation, "
                + "ou « @ » ou « ` » en début de valeur) ; indentez avec des espaces et mettez entre guillemets les valeurs "
                + "qui commencent par « @ » ou « ` » ; en cherchant l'élément suivant qui commence à la ligne 2, colonne 1")
    }

    @Test func frenchMessage() throws {
        let error = try #require(TestSupport.readError("A: b: c\n"))
        #expect(
            error.message.french
                == "YAML invalide : les valeurs de mappage ne sont pas permises ici ; vérifiez l'indentation de cette ligne, "
                + "ou mettez entre guillemets une valeur qui contient « : » suivi d'une espace")
    }
}
