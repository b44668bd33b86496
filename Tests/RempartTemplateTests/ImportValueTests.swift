import Foundation
import RempartSupport
import RempartTemplate
import Testing

struct ImportValueTests {
    static let network = """
        Parameters:
          Prefix: {Type: String, Default: lab}
        Resources:
          Subnet:
            Type: AWS::EC2::Subnet
        Outputs:
          SubnetId:
            Value: !Ref Subnet
            Export:
              Name: !Sub '${Prefix}-subnet'
          Cidr:
            Value: 10.0.0.0/24
            Export: {Name: lab-cidr}
          NoExport:
            Value: plain
        """

    static let relay = """
        Resources:
          Topic:
            Type: AWS::SNS::Topic
        Outputs:
          Relayed:
            Value: !ImportValue lab-subnet
            Export: {Name: relayed-subnet}
          Joined:
            Value: !Join ['/', [!ImportValue lab-cidr, x]]
            Export: {Name: !Join ['-', [joined, !ImportValue lab-cidr]]}
        """

    static let consumer = """
        Resources:
          Instance:
            Type: AWS::EC2::Instance
            Properties:
              SubnetId: !ImportValue relayed-subnet
              Direct: {'Fn::ImportValue': !Sub 'lab-subnet'}
              Name: !ImportValue joined-10.0.0.0/24
              Missing: !ImportValue nobody-exports-this
        """

    @Test func importsResolveAcrossTemplatesAndChains() throws {
        // The consumer comes first, so the export table must be complete before any template resolves.
        let templates = try [
            TestSupport.template(Self.consumer, file: "app.yaml"), TestSupport.template(Self.relay, file: "relay.yaml"),
            TestSupport.template(Self.network, file: "net.yaml"),
        ]
        let resolved = TemplateResolver().resolve(templates)
        let properties = try #require(resolved[0].resource("Instance")?.properties)

        #expect(properties["SubnetId"]?.kind.reference == ResourceReference(file: "net.yaml", logicalID: "Subnet"))
        #expect(properties["SubnetId"]?.location == SourceLocation(file: "app.yaml", line: 5, column: 17))
        #expect(properties["Direct"]?.kind.reference == ResourceReference(file: "net.yaml", logicalID: "Subnet"))
        #expect(properties["Name"]?.json == #""10.0.0.0/24/x""#)
        #expect(
            properties["Missing"]?.json == #"{"Rempart::Unknown":"no scanned template exports 'nobody-exports-this'"}"#)

        #expect(resolved[2].exports.keys.sorted() == ["lab-cidr", "lab-subnet"])
        #expect(resolved[2].outputs.keys.sorted() == ["Cidr", "NoExport", "SubnetId"])
        #expect(resolved[1].exports.keys.sorted() == ["joined-10.0.0.0/24", "relayed-subnet"])
    }

    @Test func importCycleIsReportedAndStaysUnknown() throws {
        let first = """
            Resources:
              A: {Type: AWS::SNS::Topic}
            Outputs:
              Out:
                Value: !ImportValue second
                Export: {Name: first}
            """
        let second = """
            Resources:
              B: {Type: AWS::SNS::Topic}
            Outputs:
              Out:
                Value: !ImportValue first
                Export: {Name: second}
            """
        let start = Date()
        let resolved = TemplateResolver().resolve([
            try TestSupport.template(first, file: "1.yaml"), try TestSupport.template(second, file: "2.yaml"),
        ])
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(resolved[0].exports["first"]?.isUnknown == true)
        #expect(resolved[1].exports["second"]?.isUnknown == true)
        let errors = resolved.flatMap(\.diagnostics).filter { $0.level == .error }
        #expect(errors.count == 2)
        #expect(errors.first?.location == SourceLocation(file: "1.yaml", line: 6, column: 20))
        #expect(
            errors.first?.message.english
                == "export 'first' imports 'second', which depends on 'first' in turn; the value is unknown")
    }
}

struct DuplicateExportTests {
    @Test func duplicateExportNameIsAnError() throws {
        let first =
            "Resources:\n  A: {Type: AWS::SNS::Topic}\nOutputs:\n  O:\n    Value: one\n    Export: {Name: shared}\n"
        let second =
            "Resources:\n  B: {Type: AWS::SNS::Topic}\nOutputs:\n  O:\n    Value: two\n    Export: {Name: shared}\n"
        let consumer = "Resources:\n  C:\n    Type: AWS::SNS::Topic\n    Properties: {Name: !ImportValue shared}\n"
        let resolved = TemplateResolver().resolve([
            try TestSupport.template(first, file: "1.yaml"), try TestSupport.template(second, file: "2.yaml"),
            try TestSupport.template(consumer, file: "3.yaml"),
        ])
        #expect(resolved[2].resource("C")?.properties["Name"]?.json == #""one""#)
        #expect(resolved[0].diagnostics.isEmpty)
        let error = try #require(resolved[1].diagnostics.first)
        #expect(error.location == SourceLocation(file: "2.yaml", line: 6, column: 20))
        #expect(
            error.message.english
                == "export name 'shared' is already exported at 1.yaml:6:20; export names must be unique in a region, "
                + "so imports use the first one")
    }
}

struct ExportNamePatternTests {
    static let exporter = """
        Parameters:
          Env: {Type: String}
          Team: {Type: String}
        Resources:
          Subnet: {Type: AWS::EC2::Subnet}
          Group: {Type: AWS::EC2::SecurityGroup}
        Outputs:
          Subnet:
            Value: !Ref Subnet
            Export: {Name: !Sub '${Env}-${Team}-subnet-${Env}'}
          Group:
            Value: !Ref Group
            Export: {Name: !Join ['-', [!Ref Env, group]]}
          Anything:
            Value: x
            Export: {Name: !Ref Team}
          Glued:
            Value: y
            Export: {Name: !Sub '${Team}Name'}
        """

    static func importing(_ name: String) throws -> Node? {
        let consumer = "Resources:\n  I:\n    Type: AWS::EC2::Instance\n    Properties: {V: !ImportValue '\(name)'}\n"
        let resolved = TemplateResolver().resolve([
            try TestSupport.template(exporter, file: "net.yaml"), try TestSupport.template(consumer, file: "app.yaml"),
        ])
        return resolved[1].resource("I")?.properties["V"]
    }

    @Test func matchBindsEachParameterOnce() throws {
        #expect(
            try Self.importing("prod-core-subnet-prod")?.kind.reference
                == ResourceReference(file: "net.yaml", logicalID: "Subnet"))
        #expect(
            try Self.importing("prod-group")?.kind.reference == ResourceReference(file: "net.yaml", logicalID: "Group"))
        #expect(
            try Self.importing("prod-core-subnet-dev")?.json
                == #"{"Rempart::Unknown":"no scanned template exports 'prod-core-subnet-dev'"}"#)
        #expect(try Self.importing("other")?.json == #"{"Rempart::Unknown":"no scanned template exports 'other'"}"#)
        #expect(
            try Self.importing("SomeName")?.json == #"{"Rempart::Unknown":"no scanned template exports 'SomeName'"}"#)
    }
}

struct StackNameExportTests {
    @Test func importMatchesExportNamedAfterTheStack() throws {
        let network = """
            Resources:
              Vpc: {Type: AWS::EC2::VPC}
            Outputs:
              VpcId:
                Value: !Ref Vpc
                Export: {Name: !Sub '${AWS::StackName}-VpcId'}
            """
        let app = """
            Parameters:
              NetworkStackName: {Type: String, Default: network}
            Resources:
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  VpcId: {'Fn::ImportValue': !Sub '${NetworkStackName}-VpcId'}
            """
        let resolved = TemplateResolver().resolve([
            try TestSupport.template(network, file: "net.yaml"), try TestSupport.template(app, file: "app.yaml"),
        ])
        let vpc = try #require(resolved[1].resource("Group")?.properties["VpcId"])
        #expect(vpc.kind.reference == ResourceReference(file: "net.yaml", logicalID: "Vpc"))
        #expect(
            resolved[1].diagnostics.map(\.message.english) == [
                "import 'network-VpcId' matches export '${AWS::StackName}-VpcId' of net.yaml when AWS::StackName=network"
            ])
    }
}
