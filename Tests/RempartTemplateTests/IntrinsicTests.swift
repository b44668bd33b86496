import Foundation
import RempartSupport
import RempartTemplate
import Testing

/// One intrinsic call and its exact resolved value.
struct IntrinsicCase: CustomTestStringConvertible, Sendable {
    var source: String
    var expected: String
    var testDescription: String { source }

    init(_ source: String, _ expected: String) {
        self.source = source
        self.expected = expected
    }
}

struct IntrinsicTests {
    static let unknownEnvironment =
        #"{"Rempart::Unknown":"depends on an unknown value: parameter 'Missing' has no value"}"#

    @Test(arguments: [
        IntrinsicCase("!Ref Env", #""prod""#),
        IntrinsicCase("!Ref Port", #""22""#),
        IntrinsicCase("!Ref Names", #"["a","b","c"]"#),
        IntrinsicCase("!Ref Subnets", #"["subnet-1","subnet-2"]"#),
        IntrinsicCase("!Ref Missing", #"{"Rempart::Unknown":"parameter 'Missing' has no value"}"#),
        IntrinsicCase(
            "!Ref Ami",
            #"{"Rempart::Unknown":"depends on an unknown value: Systems Manager parameter '/aws/service/ami'"}"#),
        IntrinsicCase("!Ref Vpc", #"{"Ref":"Vpc"}"#),
        IntrinsicCase("{Ref: Vpc}", #"{"Ref":"Vpc"}"#),
        IntrinsicCase("!Ref AWS::Region", #""us-east-1""#),
        IntrinsicCase("!Ref AWS::Partition", #""aws""#),
        IntrinsicCase("!Ref AWS::URLSuffix", #""amazonaws.com""#),
        IntrinsicCase("!Ref AWS::AccountId", #"{"Rempart::Unknown":"'AWS::AccountId' is only known at deployment"}"#),
        IntrinsicCase("!Ref AWS::StackName", #"{"Rempart::Unknown":"'AWS::StackName' is only known at deployment"}"#),
        IntrinsicCase("!Ref AWS::StackId", #"{"Rempart::Unknown":"'AWS::StackId' is only known at deployment"}"#),
        IntrinsicCase(
            "!Ref AWS::NotificationARNs", #"{"Rempart::Unknown":"'AWS::NotificationARNs' is only known at deployment"}"#
        ),
        IntrinsicCase("!Ref AWS::NoValue", "removed"),
    ])
    func ref(_ testCase: IntrinsicCase) throws {
        #expect(try Resolve.json(testCase.source) == testCase.expected)
    }

    @Test func refUsesGivenParametersAndRegion() throws {
        let options = ResolutionOptions(
            parameters: ["Env": "dev", "Missing": "given", "Names": "x,y"], region: "cn-north-1",
            accountID: "123456789012")
        #expect(
            try Resolve.json("[!Ref Env, !Ref Missing, !Ref Names]", options: options) == #"["dev","given",["x","y"]]"#)
        #expect(
            try Resolve.json("[!Ref AWS::Partition, !Ref AWS::URLSuffix, !Ref AWS::AccountId]", options: options)
                == #"["aws-cn","amazonaws.com.cn","123456789012"]"#)
        let gov = ResolutionOptions(region: "us-gov-west-1")
        #expect(try Resolve.json("!Ref AWS::Partition", options: gov) == #""aws-us-gov""#)
    }

    @Test func refValueIsLocatedAtTheCall() throws {
        let value = try #require(try Resolve.value("!Ref Env"))
        #expect(value.location == SourceLocation(file: "r.yaml", line: Resolve.valueLine, column: 14))
        let reference = try #require(try Resolve.value("!Ref Vpc"))
        #expect(reference.kind.reference == ResourceReference(file: "r.yaml", logicalID: "Vpc"))
    }

    @Test func refToUndeclaredNameIsAnErrorWithLocation() throws {
        let template = try Resolve.template("!Ref Nowhere")
        #expect(
            template.resource("Thing")?.properties["Value"]?.json
                == #"{"Rempart::Unknown":"cannot be evaluated: reference to undeclared 'Nowhere'"}"#)
        let error = try #require(template.diagnostics.first { $0.level == .error })
        #expect(error.location == SourceLocation(file: "r.yaml", line: Resolve.valueLine, column: 14))
        #expect(
            error.message.english == "'Nowhere' is neither a parameter nor a resource of this template; check the name")
    }

    @Test(arguments: [
        IntrinsicCase("!GetAtt Vpc.CidrBlock", #"{"Fn::GetAtt":["Vpc","CidrBlock"]}"#),
        IntrinsicCase("!GetAtt [Vpc, DefaultSecurityGroup]", #"{"Fn::GetAtt":["Vpc","DefaultSecurityGroup"]}"#),
        IntrinsicCase("{'Fn::GetAtt': [Vpc, !Sub 'Cidr${!x}']}", #"{"Fn::GetAtt":["Vpc","Cidr${x}"]}"#),
        IntrinsicCase(
            "!GetAtt Nested.Outputs.Key.Arn",
            #"{"Rempart::Unknown":"'Nested.Outputs.Key.Arn' is only known after deployment"}"#),
        IntrinsicCase("!GetAtt Lookup.Value", #"{"Rempart::Unknown":"'Lookup.Value' is only known after deployment"}"#),
        IntrinsicCase("!GetAtt [Vpc, !Ref Missing]", unknownEnvironment),
        IntrinsicCase("!GetAtt [Vpc]", #"{"Rempart::Unknown":"cannot be evaluated: invalid Fn::GetAtt"}"#),
    ])
    func getAtt(_ testCase: IntrinsicCase) throws {
        #expect(try Resolve.json(testCase.source) == testCase.expected)
    }

    @Test func getAttOnUndeclaredResourceIsAnError() throws {
        let template = try Resolve.template("!GetAtt Ghost.Arn")
        let error = try #require(template.diagnostics.first { $0.level == .error })
        #expect(
            error.message.english == "Fn::GetAtt refers to 'Ghost.Arn', but 'Ghost' is not a resource of this template")
        #expect(error.location?.line == Resolve.valueLine)
    }

    @Test(arguments: [
        IntrinsicCase("!Sub '${Env}-${AWS::Region}-logs'", #""prod-us-east-1-logs""#),
        IntrinsicCase("!Sub '${!Literal}-${ Env }'", #""${Literal}-prod""#),
        IntrinsicCase("!Sub ['${A}-${Env}', {A: !Ref AWS::Region}]", #""us-east-1-prod""#),
        IntrinsicCase("!Sub 'no variables'", #""no variables""#),
        IntrinsicCase(
            "!Sub 'arn:aws:s3:::${Vpc}/*'",
            #"{"Rempart::Unknown":"depends on an unknown value: 'Vpc' is only known after deployment"}"#),
        IntrinsicCase(
            "!Sub '${Vpc.CidrBlock}'",
            #"{"Rempart::Unknown":"depends on an unknown value: 'Vpc.CidrBlock' is only known after deployment"}"#),
        IntrinsicCase(
            "!Sub '${Missing}'",
            #"{"Rempart::Unknown":"depends on an unknown value: parameter 'Missing' has no value"}"#),
        IntrinsicCase("!Sub 'open ${Env'", #""open ${Env""#),
        IntrinsicCase("!Sub [a, b, c]", #"{"Rempart::Unknown":"cannot be evaluated: invalid Fn::Sub"}"#),
    ])
    func sub(_ testCase: IntrinsicCase) throws {
        #expect(try Resolve.json(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        IntrinsicCase("!Join ['-', [a, !Ref Env, 3]]", #""a-prod-3""#),
        IntrinsicCase("!Join [',', !Ref Names]", #""a,b,c""#),
        IntrinsicCase("!Join ['', [a, !Ref AWS::NoValue, b]]", #""ab""#),
        IntrinsicCase(
            "!Join ['', [a, !Ref Vpc]]",
            #"{"Rempart::Unknown":"depends on an unknown value: 'Vpc' is only known after deployment"}"#),
        IntrinsicCase("!Join ['', !Ref Missing]", Self.unknownEnvironment),
        IntrinsicCase("!Join ['', [[a]]]", #"{"Rempart::Unknown":"cannot be evaluated: invalid Fn::Join"}"#),
        IntrinsicCase("!Select [1, [a, b, c]]", #""b""#),
        IntrinsicCase("!Select ['0', !Ref Names]", #""a""#),
        IntrinsicCase("!Select [0, [!Ref Vpc, !Ref Missing]]", #"{"Ref":"Vpc"}"#),
        IntrinsicCase(
            "!Select [5, [a]]", #"{"Rempart::Unknown":"cannot be evaluated: Fn::Select index 5 out of range"}"#),
        IntrinsicCase("!Split [',', 'a,b,,c']", #"["a","b","","c"]"#),
        IntrinsicCase("!Split [',', !Ref Missing]", Self.unknownEnvironment),
        IntrinsicCase("!Select [2, !Split ['/', 'a/b/c']]", #""c""#),
    ])
    func listFunctions(_ testCase: IntrinsicCase) throws {
        #expect(try Resolve.json(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        IntrinsicCase(
            "!GetAZs ''", #"["us-east-1a","us-east-1b","us-east-1c","us-east-1d","us-east-1e","us-east-1f"]"#),
        IntrinsicCase("!GetAZs eu-west-3", #"["eu-west-3a","eu-west-3b","eu-west-3c"]"#),
        IntrinsicCase(
            "!GetAZs {Ref: AWS::Region}",
            #"["us-east-1a","us-east-1b","us-east-1c","us-east-1d","us-east-1e","us-east-1f"]"#),
        IntrinsicCase("!Select [0, !GetAZs '']", #""us-east-1a""#),
        IntrinsicCase(
            "!GetAZs xx-nowhere-1",
            #"{"Rempart::Unknown":"cannot be evaluated: Availability Zones of region 'xx-nowhere-1'"}"#),
    ])
    func getAZs(_ testCase: IntrinsicCase) throws {
        #expect(try Resolve.json(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        IntrinsicCase("!FindInMap [Regions, !Ref AWS::Region, Ami]", #""ami-east""#),
        IntrinsicCase("!FindInMap [Regions, us-east-1, Zones]", #"["a","b"]"#),
        IntrinsicCase("!FindInMap [Regions, eu-west-1, Ami, {DefaultValue: ami-default}]", #""ami-default""#),
        IntrinsicCase(
            "!FindInMap [Regions, eu-west-1, Ami]",
            #"{"Rempart::Unknown":"cannot be evaluated: Fn::FindInMap key not found"}"#),
        IntrinsicCase("!FindInMap [Regions, !Ref Missing, Ami]", Self.unknownEnvironment),
        IntrinsicCase("!FindInMap [Regions, a]", #"{"Rempart::Unknown":"cannot be evaluated: invalid Fn::FindInMap"}"#),
        // A map or level that an include fills at deployment: keys written in the template keep
        // their values, the others are unknown instead of missing.
        IntrinsicCase(
            "!FindInMap [Included, us-east-1, Ami]",
            #"{"Rempart::Unknown":"cannot be evaluated: Fn::Transform macro 'AWS::Include'"}"#),
        IntrinsicCase("!FindInMap [Partial, us-east-1, Ami]", #""ami-kept""#),
        IntrinsicCase(
            "!FindInMap [Partial, us-east-1, Zones]",
            #"{"Rempart::Unknown":"cannot be evaluated: Fn::Transform macro 'AWS::Include'"}"#),
    ])
    func findInMap(_ testCase: IntrinsicCase) throws {
        #expect(try Resolve.json(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        IntrinsicCase("!Base64 'echo hello'", #""ZWNobyBoZWxsbw==""#),
        IntrinsicCase("!Base64 {'Fn::Sub': '${Env}'}", #""cHJvZA==""#),
        IntrinsicCase(
            "!Base64 {'Fn::Sub': '${Vpc}'}",
            #"{"Rempart::Unknown":"depends on an unknown value: 'Vpc' is only known after deployment"}"#),
        IntrinsicCase("!Length [a, b, !Ref AWS::NoValue]", #"2"#),
        IntrinsicCase("!Length {Ref: Names}", #"3"#),
        IntrinsicCase("!ToJsonString {a: [1, !Ref Env], b: true}", #""{\"a\":[1,\"prod\"],\"b\":true}""#),
        IntrinsicCase(
            "!ToJsonString [!Ref Vpc]",
            #"{"Rempart::Unknown":"depends on an unknown value: 'Vpc' is only known after deployment"}"#),
        IntrinsicCase(
            "!Transform {Name: AWS::Include}",
            #"{"Rempart::Unknown":"cannot be evaluated: Fn::Transform macro 'AWS::Include'"}"#),
        IntrinsicCase(
            "{'Fn::Transform': [{Name: AWS::Include, Parameters: {Location: s3://b/x.yaml}}]}",
            #"{"Rempart::Unknown":"cannot be evaluated: Fn::Transform macro 'AWS::Include'"}"#),
        IntrinsicCase("!ImportValue Shared-Vpc", #"{"Rempart::Unknown":"no scanned template exports 'Shared-Vpc'"}"#),
        IntrinsicCase("{'Fn::Nope': 1}", #"{"Rempart::Unknown":"cannot be evaluated: Fn::Nope"}"#),
    ])
    func otherFunctions(_ testCase: IntrinsicCase) throws {
        #expect(try Resolve.json(testCase.source) == testCase.expected)
    }

    @Test func transformMayGenerateUndeclaredTargets() throws {
        let text = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Function:
                Type: AWS::Serverless::Function
                Properties:
                  Role: !GetAtt FunctionRole.Arn
                  Api: !Ref ServerlessRestApi
            """
        let template = try TestSupport.resolved(text)
        #expect(template.diagnostics.isEmpty)
        #expect(
            template.resource("Function")?.properties.json
                == #"{"Role":{"Rempart::Unknown":"depends on an unknown value: 'FunctionRole.Arn', which the template's transform may generate"},"#
                + #""Api":{"Rempart::Unknown":"depends on an unknown value: 'ServerlessRestApi', which the template's transform may generate"}}"#
        )
    }

    @Test func getAZsWithoutArgumentMeansTheCurrentRegion() throws {
        let text =
            #"{"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"Zone":{"Fn::Select":[1,{"Fn::GetAZs":null}]}}}}}"#
        let template = try TestSupport.resolved(text, options: ResolutionOptions(region: "ca-central-1"))
        #expect(template.resource("B")?.properties["Zone"]?.json == #""ca-central-1b""#)
    }

    @Test func misspelledFunctionSuggestsTheRightName() throws {
        let template = try Resolve.template("{'Fn::getatt': [Vpc, Arn]}")
        let error = try #require(template.diagnostics.first { $0.level == .error })
        #expect(
            error.message.english
                == "unknown intrinsic function 'Fn::getatt' (did you mean 'Fn::GetAtt'?); its value is treated as unknown"
        )
        #expect(
            error.message.french
                == "fonction intrinsèque inconnue « Fn::getatt » (vouliez-vous dire « Fn::GetAtt » ?) ; sa valeur est traitée comme inconnue"
        )
    }

    @Test func invalidCallIsReportedWithLocation() throws {
        let template = try Resolve.template("!Join [only-one]")
        #expect(
            template.resource("Thing")?.properties["Value"]?.json
                == #"{"Rempart::Unknown":"cannot be evaluated: invalid Fn::Join"}"#)
        let error = try #require(template.diagnostics.first { $0.level == .error })
        #expect(error.location == SourceLocation(file: "r.yaml", line: Resolve.valueLine, column: 14))
        #expect(
            error.message.english
                == "invalid arguments to 'Fn::Join': expected [delimiter, [values]]; its value is treated as unknown")
        #expect(
            error.message.french
                == "arguments invalides pour « Fn::Join » : on attendait [délimiteur, [valeurs]] ; sa valeur est traitée comme inconnue"
        )
    }
}

extension Node.Kind {
    var reference: ResourceReference? {
        if case .reference(let reference) = self { return reference }
        return nil
    }
}
