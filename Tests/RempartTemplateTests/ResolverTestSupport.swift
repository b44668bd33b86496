import Foundation
import RempartSupport
import RempartTemplate
import Testing

/// Builds small templates around one property value and resolves them.
enum Resolve {
    /// The template's head before `Resources`: parameters, conditions and mappings shared by the tests.
    static let head = """
        Parameters:
          Env:
            Type: String
            Default: prod
          Names:
            Type: CommaDelimitedList
            Default: "a, b,c"
          Subnets:
            Type: List<AWS::EC2::Subnet::Id>
            Default: subnet-1,subnet-2
          Secret:
            Type: String
            NoEcho: true
            Default: hunter2
          Missing:
            Type: String
          Ami:
            Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
            Default: /aws/service/ami
          Port:
            Type: Number
            Default: 22
        Mappings:
          Regions:
            us-east-1:
              Ami: ami-east
              Zones: [a, b]
          Included:
            Fn::Transform:
              Name: AWS::Include
              Parameters: {Location: s3://bucket/map.yaml}
          Partial:
            us-east-1:
              Ami: ami-kept
              Fn::Transform:
                Name: AWS::Include
                Parameters: {Location: s3://bucket/more.yaml}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          IsDev: !Not [!Condition IsProd]
          Unknown: !Equals [!Ref Missing, x]
          ProdAndUnknown: !And [!Condition IsProd, !Condition Unknown]
          DevAndUnknown: !And [!Condition IsDev, !Condition Unknown]
          ProdOrUnknown: !Or [!Condition Unknown, !Condition IsProd]
          DevOrUnknown: !Or [!Condition IsDev, !Condition Unknown]
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
          Nested:
            Type: AWS::CloudFormation::Stack
          Lookup:
            Type: Custom::Lookup
          Thing:
            Type: AWS::S3::Bucket
            Properties:
              Value:
        """

    /// Resolves a template whose `Thing` bucket has `Value:` followed by `value` (on the same line).
    static func template(_ value: String, options: ResolutionOptions = ResolutionOptions()) throws -> ResolvedTemplate {
        try TestSupport.resolved(head + " " + value + "\n", file: "r.yaml", options: options)
    }

    /// Returns the resolved `Value` property of `Thing`, or nil when it was removed.
    static func value(_ value: String, options: ResolutionOptions = ResolutionOptions()) throws -> Node? {
        try template(value, options: options).resource("Thing")?.properties["Value"]
    }

    /// Returns the compact JSON of the resolved value, or "removed".
    static func json(_ text: String, options: ResolutionOptions = ResolutionOptions()) throws -> String {
        try value(text, options: options)?.json ?? "removed"
    }

    /// The line of `Value:` in templates built by `template(_:)`.
    static let valueLine = head.split(separator: "\n", omittingEmptySubsequences: false).count
}
