import Foundation
import RempartSupport
import RempartTemplate
import Testing

struct ForEachTests {
    static let text = """
        Transform: AWS::LanguageExtensions
        Parameters:
          Names: {Type: CommaDelimitedList, Default: "a-1,b"}
          Unset: {Type: CommaDelimitedList}
        Resources:
          Fn::ForEach::Buckets:
            - Name
            - !Ref Names
            - Bucket&{Name}:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub 'logs-${Name}'
                  Tag: !Ref Name
                  Fn::ForEach::Flags:
                    - Flag
                    - [X, Z]
                    - Flag${Flag}: !Sub '${Name}-${Flag}'
          Fn::ForEach::Never:
            - Item
            - !Ref Unset
            - Queue${Item}:
                Type: AWS::SQS::Queue
        Outputs:
          Fn::ForEach::Arns:
            - Name
            - [a-1]
            - Arn&{Name}:
                Value: !GetAtt [!Sub 'Bucket&{Name}', Arn]
        """

    @Test func expandsLoopsInResourcesPropertiesAndOutputs() throws {
        let resolved = try TestSupport.resolved(Self.text, file: "loop.yaml")
        #expect(resolved.resources.map(\.logicalID) == ["Bucketa1", "Bucketb"])
        #expect(
            resolved.resource("Bucketa1")?.properties.json
                == #"{"BucketName":"logs-a-1","Tag":"a-1","FlagX":"a-1-X","FlagZ":"a-1-Z"}"#)
        #expect(resolved.resource("Bucketb")?.location == SourceLocation(file: "loop.yaml", line: 9, column: 7))
        #expect(resolved.outputs.keys.sorted() == ["Arna1"])
        #expect(resolved.outputs["Arna1"]?.json == #"{"Fn::GetAtt":["Bucketa1","Arn"]}"#)
    }

    @Test func loopOverUnknownCollectionWarns() throws {
        let resolved = try TestSupport.resolved(Self.text, file: "loop.yaml")
        let warning = try #require(resolved.diagnostics.first { $0.message.english.hasPrefix("the collection") })
        #expect(warning.location == SourceLocation(file: "loop.yaml", line: 20, column: 7))
        #expect(
            warning.message.english
                == "the collection of 'Fn::ForEach::Never' is unknown, so the loop generates nothing here; give its parameters a value"
        )
    }

    @Test func templateWithOnlyLoopsIsATemplate() throws {
        let text = "Resources:\n  Fn::ForEach::Q:\n    - I\n    - [a]\n    - Q${I}:\n        Type: AWS::SQS::Queue\n"
        #expect(try !TemplateReader.read(Data(text.utf8), file: "q.yaml").isNotATemplate)
    }

    @Test func nestedLoopsAreBounded() throws {
        let items = (0..<200).map { "i\($0)" }.joined(separator: ", ")
        let text = """
            Resources:
              Fn::ForEach::Outer:
                - A
                - [\(items)]
                - Fn::ForEach::Inner:
                    - B
                    - [\(items)]
                    - Q${A}${B}:
                        Type: AWS::SQS::Queue
            """
        let start = Date()
        let resolved = try TestSupport.resolved(text)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(resolved.resources.count == 10_000)
        #expect(
            resolved.diagnostics.map(\.message.english) == [
                "'Fn::ForEach::Outer' generates more than 10000 entries; only the first ones are read"
            ])
    }
}
