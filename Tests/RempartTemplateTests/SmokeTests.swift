import Foundation
import RempartTemplate
import Testing

struct SmokeTests {
    @Test func readsAndResolvesYAML() throws {
        let text = """
            Parameters:
              Env:
                Type: String
                Default: prod
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub ${Env}-logs
                  Arn: !GetAtt Other.Outputs.Key
              Other:
                Type: AWS::CloudFormation::Stack
            """
        let resolved = try TestSupport.resolved(text)
        #expect(resolved.resources.map(\.logicalID) == ["Bucket", "Other"])
        #expect(resolved.resources[0].properties.json == #"{"BucketName":"prod-logs","Arn":{"Rempart::Unknown":"'Other.Outputs.Key' is only known after deployment"}}"#)
    }
}
