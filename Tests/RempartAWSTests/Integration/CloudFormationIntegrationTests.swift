import Foundation
import RempartAWS
import Testing

extension EmulatorIntegrationTests {
    @Suite struct CloudFormationIntegrationTests {
        let cloudFormation = CloudFormation(client: Emulator.client())

        static func template(buckets: [String]) -> String {
            let resources = buckets.map { #""\#($0)": {"Type": "AWS::S3::Bucket"}"# }.joined(separator: ", ")
            return """
                {"AWSTemplateFormatVersion": "2010-09-09", "Description": "S3 bucket",
                 "Parameters": {"EnvironmentName": {"Type": "String"}},
                 "Resources": {\(resources)},
                 "Outputs": {"BucketName": {"Value": {"Ref": "\(buckets[0])"},
                   "Export": {"Name": {"Fn::Sub": "${EnvironmentName}-bucket"}}}}}
                """
        }

        @Test func createsDescribesUpdatesAndDeletesStack() async throws {
            try await Emulator.reset()
            let name = Emulator.unique("lab-s3")
            let stackID = try await cloudFormation.createStack(
                name: name, templateBody: Self.template(buckets: ["Bucket"]), parameters: ["EnvironmentName": name],
                tags: ["Project": "tp4"])
            #expect(stackID.hasPrefix("arn:aws:cloudformation:us-east-1:123456789012:stack/\(name)/"))

            let stack = try #require(try await cloudFormation.describeStacks(name: name).first)
            #expect(stack.status == "CREATE_COMPLETE")
            #expect(stack.description == "S3 bucket")
            #expect(stack.parameters == ["EnvironmentName": name])
            #expect(stack.outputs.map(\.exportName) == ["\(name)-bucket"])

            let events = try await cloudFormation.describeStackEvents(name: name)
            #expect(events.contains { $0.logicalResourceID == name && $0.resourceStatus == "CREATE_COMPLETE" })
            let resources = try await cloudFormation.describeStackResources(name: name)
            #expect(resources.map(\.logicalID) == ["Bucket"])
            #expect(resources.first?.resourceType == "AWS::S3::Bucket")
            let exports = try await cloudFormation.listExports()
            #expect(exports.first { $0.name == "\(name)-bucket" }?.value == resources.first?.physicalID)

            _ = try await cloudFormation.updateStack(
                name: name, templateBody: Self.template(buckets: ["Bucket", "Replica"]),
                parameters: ["EnvironmentName": name])
            #expect(
                try await cloudFormation.describeStackResources(name: name).map(\.logicalID).sorted() == [
                    "Bucket", "Replica",
                ])

            try await cloudFormation.deleteStack(name: name)
            let remaining = try await cloudFormation.describeStacks().filter {
                $0.name == name && $0.status != "DELETE_COMPLETE"
            }
            #expect(remaining.isEmpty)
        }

        @Test func createsAndExecutesChangeSet() async throws {
            let name = Emulator.unique("lab-changes")
            let (changeSetID, stackID) = try await cloudFormation.createChangeSet(
                stackName: name, name: "initial", templateBody: Self.template(buckets: ["Bucket"]), type: "CREATE",
                parameters: ["EnvironmentName": name])
            #expect(changeSetID.contains(":changeSet/initial/"))
            #expect(stackID.contains(":stack/\(name)/"))

            let changeSet = try await cloudFormation.describeChangeSet(stackName: name, name: "initial")
            #expect(changeSet.name == "initial")
            #expect(changeSet.status == "CREATE_COMPLETE")
            #expect(changeSet.changes.map(\.action) == ["Add"])
            #expect(changeSet.changes.map(\.logicalResourceID) == ["Bucket"])

            try await cloudFormation.executeChangeSet(stackName: name, name: "initial")
            #expect(try await cloudFormation.describeStacks(name: name).first?.status == "CREATE_COMPLETE")

            _ = try await cloudFormation.createChangeSet(
                stackName: name, name: "discard", templateBody: Self.template(buckets: ["Bucket", "Extra"]),
                parameters: ["EnvironmentName": name])
            try await cloudFormation.deleteChangeSet(stackName: name, name: "discard")
        }

        @Test func missingStackIsValidationError() async throws {
            do {
                _ = try await cloudFormation.describeStacks(name: Emulator.unique("absent"))
                Issue.record("expected ValidationError")
            } catch let error as AWSError {
                #expect(error.code == "ValidationError")
                #expect(error.statusCode == 400)
            }
        }
    }
}
