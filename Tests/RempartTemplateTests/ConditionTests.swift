import Foundation
import RempartSupport
import RempartTemplate
import Testing

struct ConditionTests {
    @Test(arguments: [
        IntrinsicCase("!If [IsProd, yes-prod, no-prod]", #""yes-prod""#),
        IntrinsicCase("!If [IsDev, yes-dev, no-dev]", #""no-dev""#),
        IntrinsicCase(
            "!If [Unknown, a, b]", #"{"Rempart::Unknown":"depends on an unknown value: condition 'Unknown'"}"#),
        IntrinsicCase("!If [Unknown, same, same]", #""same""#),
        IntrinsicCase("!If [Unknown, !Ref AWS::NoValue, !Ref AWS::NoValue]", "removed"),
        IntrinsicCase(
            "!If [ProdAndUnknown, a, b]",
            #"{"Rempart::Unknown":"depends on an unknown value: condition 'ProdAndUnknown'"}"#),
        IntrinsicCase("!If [DevAndUnknown, a, b]", #""b""#),
        IntrinsicCase("!If [ProdOrUnknown, a, b]", #""a""#),
        IntrinsicCase(
            "!If [DevOrUnknown, a, b]", #"{"Rempart::Unknown":"depends on an unknown value: condition 'DevOrUnknown'"}"#
        ),
        IntrinsicCase("!If [IsProd, {Status: Enabled}, {Status: Suspended}]", #"{"Status":"Enabled"}"#),
        IntrinsicCase("[!If [IsDev, a, !Ref AWS::NoValue], b]", #"["b"]"#),
        IntrinsicCase("{A: !If [IsDev, a, !Ref AWS::NoValue], B: b}", #"{"B":"b"}"#),
        IntrinsicCase(
            "!If [Nowhere, a, b]", #"{"Rempart::Unknown":"depends on an unknown value: condition 'Nowhere'"}"#),
        IntrinsicCase("!If [IsProd, a]", #"{"Rempart::Unknown":"cannot be evaluated: invalid Fn::If"}"#),
        IntrinsicCase("!Equals [!Ref Port, 22]", "true"),
        IntrinsicCase("!Not [!Equals [a, a]]", "false"),
        IntrinsicCase("!Condition IsProd", "true"),
        IntrinsicCase("!Equals [!Ref Missing, a]", #"{"Rempart::Unknown":"depends on an unknown value: a condition"}"#),
    ])
    func conditionalValue(_ testCase: IntrinsicCase) throws {
        #expect(try Resolve.json(testCase.source) == testCase.expected)
    }

    @Test func chosenBranchKeepsItsLocation() throws {
        let value = try #require(try Resolve.value("!If [IsProd, yes, no]"))
        #expect(value.location == SourceLocation(file: "r.yaml", line: Resolve.valueLine, column: 27))
    }

    @Test func givenParameterChangesTheBranch() throws {
        let options = ResolutionOptions(parameters: ["Env": "dev", "Missing": "x"])
        #expect(
            try Resolve.json("[!If [IsProd, p, d], !If [Unknown, t, f], !If [DevAndUnknown, t, f]]", options: options)
                == #"["d","t","t"]"#)
    }

    @Test func undeclaredConditionIsAnError() throws {
        let template = try Resolve.template("!If [Nowhere, a, b]")
        let error = try #require(template.diagnostics.first { $0.level == .error })
        #expect(
            error.message.english
                == "condition 'Nowhere' is not declared in the Conditions section; it is treated as unknown")
        #expect(error.location == SourceLocation(file: "r.yaml", line: Resolve.valueLine, column: 19))
    }

    @Test func circularConditionIsAnErrorNotAHang() throws {
        let text = """
            Conditions:
              A: !Condition B
              B: !Not [!Condition A]
            Resources:
              R:
                Type: AWS::S3::Bucket
                Condition: A
            """
        let template = try TestSupport.resolved(text)
        #expect(template.resources.map(\.isConditional) == [true])
        #expect(
            template.diagnostics.map(\.message.english).contains(
                "condition 'A' depends on itself; it is treated as unknown"))
    }

    @Test func resourceConditionDropsOrMarksResources() throws {
        let text = """
            Parameters:
              Env: {Type: String, Default: prod}
              Free: {Type: String}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              IsDev: !Equals [!Ref Env, dev]
              IsFree: !Equals [!Ref Free, yes]
            Resources:
              Zeta:
                Type: AWS::S3::Bucket
                Condition: IsProd
                DeletionPolicy: !If [IsProd, Retain, Delete]
                DependsOn: [Alpha]
              Dev:
                Type: AWS::S3::Bucket
                Condition: IsDev
              Alpha:
                Type: AWS::S3::Bucket
                Condition: IsFree
                Metadata:
                  Note: !Sub '${Env}-note'
            Outputs:
              DevOnly:
                Condition: IsDev
                Value: x
              Name:
                Value: !Ref Zeta
            """
        let template = try TestSupport.resolved(text)
        #expect(template.resources.map(\.logicalID) == ["Alpha", "Zeta"])
        #expect(template.resources.map(\.isConditional) == [true, false])
        #expect(template.resources[0].metadata?.json == #"{"Note":"prod-note"}"#)
        #expect(template.resources[0].properties.json == "{}")
        #expect(template.outputs.keys.sorted() == ["Name"])
        #expect(template.outputs["Name"]?.json == #"{"Ref":"Zeta"}"#)
        #expect(
            template.resources[1].attributes.mapValues(\.json) == [
                "DeletionPolicy": #""Retain""#, "DependsOn": #"["Alpha"]"#,
            ])
        #expect(template.resources[0].attributes.isEmpty)
    }
}

struct FnCidrTests {
    @Test(arguments: [
        IntrinsicCase("!Cidr [10.0.0.0/16, 3, 8]", #"["10.0.0.0/24","10.0.1.0/24","10.0.2.0/24"]"#),
        IntrinsicCase("!Cidr [10.0.17.5/16, 2, 12]", #"["10.0.0.0/20","10.0.16.0/20"]"#),
        IntrinsicCase(
            "!Cidr ['192.168.0.0/24', '4', '6']",
            #"["192.168.0.0/26","192.168.0.64/26","192.168.0.128/26","192.168.0.192/26"]"#),
        IntrinsicCase("!Cidr [10.0.0.0/8, 1, 0]", #"["10.0.0.0/32"]"#),
        IntrinsicCase(
            "!Cidr ['2001:db8:1234:1a00::/56', 3, 64]",
            #"["2001:db8:1234:1a00::/64","2001:db8:1234:1a01::/64","2001:db8:1234:1a02::/64"]"#),
        IntrinsicCase("!Cidr ['2600:1f16::/56', 2, 64]", #"["2600:1f16::/64","2600:1f16:0:1::/64"]"#),
        IntrinsicCase("!Cidr ['::/0', 2, 127]", #"["::/1","8000::/1"]"#),
        IntrinsicCase("!Cidr ['2001:db8::/64', 2, 60]", #"["2001:db8::/68","2001:db8:0:0:1000::/68"]"#),
        IntrinsicCase("!Cidr [10.0.0.0/24, 3, 8]", #"{"Rempart::Unknown":"cannot be evaluated: invalid Fn::Cidr"}"#),
        IntrinsicCase("!Cidr [10.0.0.0/16, 0, 8]", #"{"Rempart::Unknown":"cannot be evaluated: invalid Fn::Cidr"}"#),
        IntrinsicCase("!Cidr [10.0.0/16, 1, 8]", #"{"Rempart::Unknown":"cannot be evaluated: invalid Fn::Cidr"}"#),
        IntrinsicCase(
            "!Cidr [!GetAtt Vpc.CidrBlock, 2, 8]",
            #"{"Rempart::Unknown":"depends on an unknown value: 'Vpc.CidrBlock' is only known after deployment"}"#),
    ])
    func cidr(_ testCase: IntrinsicCase) throws {
        #expect(try Resolve.json(testCase.source) == testCase.expected)
    }

    @Test func tooManyBlocksIsExplained() throws {
        let template = try Resolve.template("!Cidr [10.0.0.0/24, 3, 8]")
        let error = try #require(template.diagnostics.first { $0.level == .error })
        #expect(
            error.message.english
                == "'10.0.0.0/24' holds fewer than 3 blocks of 8 host bits; lower the count or cidrBits")
    }
}

struct ParameterTests {
    @Test func valueOutsideAllowedValuesWarns() throws {
        let text = """
            Parameters:
              Size:
                Type: String
                Default: huge
                AllowedValues: [small, large]
            Resources:
              B: {Type: AWS::S3::Bucket}
            """
        let warnings = try TestSupport.resolved(text).diagnostics
        #expect(warnings.map(\.location?.line) == [4])
        #expect(
            warnings.map(\.message.english)
                == [
                    "the default 'huge' of parameter 'Size' is not one of its AllowedValues ('small', 'large'); CloudFormation rejects it"
                ])
        let given = try TestSupport.resolved(text, options: ResolutionOptions(parameters: ["Size": "small"]))
        #expect(given.diagnostics.isEmpty)
        let wrong = try TestSupport.resolved(text, options: ResolutionOptions(parameters: ["Size": "tiny"]))
        #expect(
            wrong.diagnostics.first?.message.english.hasPrefix("the given value 'tiny' of parameter 'Size'") == true)
    }

    @Test func tracksNoEchoParameters() throws {
        let template = try Resolve.template("x")
        #expect(template.noEchoParameters == ["Secret"])
        #expect(template.template.noEchoParameters == ["Secret"])
        #expect(template.parameters["Secret"]?.json == #""hunter2""#)
    }

    @Test func warnsOncePerParameterWithoutValue() throws {
        let template = try Resolve.template("x")
        let warnings = template.diagnostics.filter { $0.level == .warning }
        #expect(warnings.map(\.message.english) == ["parameter 'Missing' has no value; pass --parameter Missing=VALUE"])
        #expect(
            warnings.map(\.message.french) == [
                "le paramètre « Missing » n'a pas de valeur ; passez --parameter Missing=VALEUR"
            ])
        #expect(warnings.first?.location == SourceLocation(file: "r.yaml", line: 15, column: 3))
        let withValue = try Resolve.template("x", options: ResolutionOptions(parameters: ["Missing": "v"]))
        #expect(withValue.diagnostics.isEmpty)
    }
}

struct ResourceShapeTests {
    @Test func propertiesListIsReported() throws {
        let text = "Resources:\n  Listed:\n    Type: AWS::S3::Bucket\n    Properties: [1, 2]\n  Empty:\n    Type: AWS::S3::Bucket\n"
        let template = try TestSupport.resolved(text, file: "p.yaml")
        let errors = template.diagnostics.filter { $0.level == .error }
        #expect(
            errors.map(\.message.english) == [
                "the Properties of resource 'Listed' must be a mapping of property names to values; "
                    + "CloudFormation rejects this template, and checks that read these properties are undecided"
            ])
        #expect(errors.first?.location == SourceLocation(file: "p.yaml", line: 4, column: 17))
    }
}
