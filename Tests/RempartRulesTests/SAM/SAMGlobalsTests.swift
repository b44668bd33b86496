import Foundation
import RempartAdapters
import RempartModel
import RempartRules
import RempartScanner
import RempartTemplate
import Testing

/// The `Globals` section of SAM templates, merged before evaluation, and the model of each
/// serverless resource type.
struct SAMGlobalsTests {
    private static func run(_ yaml: String) -> Pipeline.Output {
        Pipeline.run([Pipeline.Source(file: "template.yaml", text: yaml)])
    }

    private static func state(_ yaml: String) -> AWSState { run(yaml).state }

    private static func failures(_ yaml: String, rule id: String) -> [CheckResult] {
        run(yaml).results.filter { $0.ruleID == id && $0.status == .failed }
    }

    @Test func functionTakesGlobalTracing() throws {
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Tracing: Active
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
            """
        let function = try #require(Self.state(yaml).all(SAMFunction.self).first)
        #expect(function.tracing.value == "Active")
        #expect(function.tracing.isExplicit)
        #expect(function.tracing.origin.sourceLocation?.line == 4)
        #expect(Self.failures(yaml, rule: "AVD-AWS-0125").isEmpty)
    }

    @Test func resourceValueOverridesGlobal() throws {
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Tracing: Active
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  Tracing: PassThrough
            """
        let function = try #require(Self.state(yaml).all(SAMFunction.self).first)
        #expect(function.tracing.value == "PassThrough")
        let failures = Self.failures(yaml, rule: "AVD-AWS-0125")
        #expect(failures.count == 1)
        #expect(failures.first?.location?.line == 9)
    }

    @Test func templateWithoutTransformIgnoresGlobals() throws {
        let yaml = """
            Globals:
              Function:
                Tracing: Active
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
            """
        let function = try #require(Self.state(yaml).all(SAMFunction.self).first)
        #expect(function.tracing.value == .some(nil))
        #expect(Self.failures(yaml, rule: "AVD-AWS-0125").count == 1)
    }

    @Test func transformListedAmongOthers() throws {
        let yaml = """
            Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]
            Globals:
              Function:
                Tracing: Active
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties: {}
            """
        let function = try #require(Self.state(yaml).all(SAMFunction.self).first)
        #expect(function.tracing.value == "Active")
    }

    @Test func resourceWithoutPropertiesGetsGlobals() throws {
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              SimpleTable:
                SSESpecification:
                  SSEEnabled: true
            Resources:
              Sessions:
                Type: AWS::Serverless::SimpleTable
            """
        let table = try #require(Self.state(yaml).all(SAMSimpleTable.self).first)
        #expect(table.isServerSideEncryptionEnabled.value == true)
        #expect(Self.failures(yaml, rule: "AVD-AWS-0121").isEmpty)
    }

    @Test func apiMappingsMergeKeyByKey() throws {
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Api:
                TracingEnabled: true
                AccessLogSetting:
                  DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:access
                  Format: $context.requestId
            Resources:
              Orders:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  AccessLogSetting:
                    Format: $context.requestId $context.status
            """
        let api = try #require(Self.state(yaml).all(SAMApi.self).first)
        #expect(api.isTracingEnabled.value == true)
        #expect(
            api.accessLogDestination.value == .some(.literal("arn:aws:logs:us-east-1:123456789012:log-group:access")))
        #expect(Self.failures(yaml, rule: "AVD-AWS-0113").isEmpty)
        #expect(Self.failures(yaml, rule: "AVD-AWS-0111").isEmpty)
    }

    @Test func httpApiTakesGlobalAccessLogs() throws {
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              HttpApi:
                AccessLogSettings:
                  DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:gateway
            Resources:
              Gateway:
                Type: AWS::Serverless::HttpApi
                Properties:
                  StageName: prod
              Other:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
            """
        let state = Self.state(yaml)
        let httpApi = try #require(state.all(SAMHttpApi.self).first)
        #expect(
            httpApi.accessLogDestination.value
                == .some(.literal("arn:aws:logs:us-east-1:123456789012:log-group:gateway")))
        let api = try #require(state.all(SAMApi.self).first)
        #expect(api.accessLogDestination.value == .some(nil))
    }

    @Test func stateMachineTakesGlobalLoggingAndTracing() throws {
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              StateMachine:
                Tracing:
                  Enabled: true
                Logging:
                  Level: ERROR
            Resources:
              Workflow:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: workflow.asl.json
            """
        let machine = try #require(Self.state(yaml).all(SAMStateMachine.self).first)
        #expect(machine.isTracingEnabled.value == true)
        #expect(machine.isLoggingEnabled.value == true)
        #expect(Self.failures(yaml, rule: "AVD-AWS-0117").isEmpty)
        #expect(Self.failures(yaml, rule: "AVD-AWS-0119").isEmpty)
    }

    @Test func globalIntrinsicIsEvaluatedWithResource() throws {
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              TracingMode:
                Type: String
                Default: Active
              Unset:
                Type: String
            Globals:
              Function:
                Tracing: !Ref TracingMode
              Api:
                TracingEnabled: !Ref Unset
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties: {}
              Orders:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
            """
        let state = Self.state(yaml)
        let function = try #require(state.all(SAMFunction.self).first)
        #expect(function.tracing.value == "Active")
        let api = try #require(state.all(SAMApi.self).first)
        guard case .unknown = api.isTracingEnabled.state else {
            Issue.record("a parameter without a value must leave TracingEnabled unknown")
            return
        }
        let results = Self.run(yaml).results.filter { $0.ruleID == "AVD-AWS-0111" }
        #expect(results.count == 1)
        #expect(results.allSatisfy { if case .unknown = $0.status { true } else { false } })
    }

    @Test func listsConcatenateGlobalEntriesFirst() throws {
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Layers: [arn:aws:lambda:us-east-1:123456789012:layer:shared:1]
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  Layers: [arn:aws:lambda:us-east-1:123456789012:layer:own:1]
            """
        guard case .template(let template) = try TemplateReader.read(Data(yaml.utf8), file: "template.yaml") else {
            Issue.record("the text must read as a template")
            return
        }
        let merged = SAMGlobals.apply(to: template)
        let layers = merged.root["Resources"]?["Handler"]?["Properties"]?["Layers"]?.elements?.compactMap(\.scalarText)
        #expect(
            layers == [
                "arn:aws:lambda:us-east-1:123456789012:layer:shared:1",
                "arn:aws:lambda:us-east-1:123456789012:layer:own:1",
            ])
    }

    @Test func otherResourceTypesAreUntouched() throws {
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Tracing: Active
            Resources:
              Plain:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
            """
        guard case .template(let template) = try TemplateReader.read(Data(yaml.utf8), file: "template.yaml") else {
            Issue.record("the text must read as a template")
            return
        }
        let merged = SAMGlobals.apply(to: template)
        #expect(merged.root["Resources"]?["Plain"]?["Properties"]?["Tracing"] == nil)
    }

    @Test func scannerAppliesGlobals() {
        let yaml = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Tracing: Active
            Resources:
              Traced:
                Type: AWS::Serverless::Function
                Properties: {}
              Untraced:
                Type: AWS::Serverless::Function
                Properties:
                  Tracing: PassThrough
            """
        let result = Scanner().scan(sources: [Pipeline.Source(file: "template.yaml", text: yaml)])
        let flagged = result.findings.filter { $0.rule.id == "AVD-AWS-0125" }.map(\.resource.name)
        #expect(flagged == ["Untraced"])
    }
}
