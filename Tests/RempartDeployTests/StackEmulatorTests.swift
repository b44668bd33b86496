import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import Testing

/// Creates, updates and deletes stacks on the local emulator, which completes stacks at once and
/// reports only stack-level events.
extension EmulatorTests {
    @Suite struct StackEmulatorTests {
        @Test func labStacksDeployInOrder() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let (services, _) = Emulator.services()
                let deployer = StackDeployer(
                    services: services, pollInterval: 0.05, tags: ["rempart:deployment": "cfn"])
                let rows = RowLog()
                try await deployer.deploy(try StackTemplate.lab(name: "cfn", profile: .baseline)) { rows.append($0) }

                let stacks = try await services.cloudFormation.describeStacks()
                #expect(Set(stacks.map(\.name)) == ["cfn-vpc", "cfn-ec2", "cfn-s3"])
                #expect(stacks.allSatisfy { $0.status == "CREATE_COMPLETE" })
                // The EC2 stack imports the network stack's exports, so it starts once that stack is complete; the
                // S3 stack imports nothing and goes with the network stack.
                let vpcDone = try #require(
                    rows.all.firstIndex { $0.stack == "cfn-vpc" && $0.status == "CREATE_COMPLETE" })
                let computeStart = try #require(rows.all.firstIndex { $0.stack == "cfn-ec2" })
                #expect(vpcDone < computeStart)
                let storageDone = try #require(
                    rows.all.firstIndex { $0.stack == "cfn-s3" && $0.status == "CREATE_COMPLETE" })
                #expect(storageDone < computeStart)
                let exports = try await services.cloudFormation.listExports().map(\.name)
                #expect(exports.contains("cfn-PUB1-SN"))
                #expect(exports.contains("cfn-LAB-SG"))
                let instances = try await services.ec2.describeInstances()
                #expect(instances.count == 1)
            }
        }

        @Test func secondDeployUpdatesInPlace() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let (services, _) = Emulator.services()
                let deployer = StackDeployer(services: services, pollInterval: 0.05)
                let waves = try StackTemplate.lab(name: "cfn", profile: .baseline)
                try await deployer.deploy(waves) { _ in }
                let rows = RowLog()
                try await deployer.deploy(waves) { rows.append($0) }

                let stacks = try await services.cloudFormation.describeStacks()
                #expect(stacks.count == 3)
                #expect(stacks.allSatisfy { $0.status == "CREATE_COMPLETE" || $0.status == "UPDATE_COMPLETE" })
                #expect(!rows.all.contains { $0.isFailure })
                #expect(try await services.ec2.describeInstances().count == 1)
            }
        }

        @Test func simpleStacksAreDeleted() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let (services, _) = Emulator.services()
                let deployer = StackDeployer(services: services, pollInterval: 0.05)
                try await deployer.deploy(try StackTemplate.lab(name: "cfn", profile: .baseline)) { _ in }
                let rows = RowLog()
                try await deployer.delete([["cfn-ec2", "cfn-s3"]]) { rows.append($0) }

                let left = try await services.cloudFormation.describeStacks().filter { $0.status != "DELETE_COMPLETE" }
                #expect(left.map(\.name) == ["cfn-vpc"])
                let running = try await services.ec2.describeInstances().filter { $0.state != "terminated" }
                #expect(running.isEmpty)
                #expect(!rows.all.contains { $0.isFailure })
            }
        }

        @Test func missingStackDeletesNothing() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let (services, counter) = Emulator.services()
                try await StackDeployer(services: services, pollInterval: 0.05).delete([["absent-vpc"]]) { _ in }
                #expect(counter.recorded.map(\.operation) == ["DescribeStacks"])
            }
        }
    }
}

/// Collects stack event rows from concurrent stacks.
final class RowLog: @unchecked Sendable {
    // The lock guards `rows`; that is why the class can be marked @unchecked Sendable.
    private let lock = NSLock()
    private var rows: [StackEventRow] = []

    var all: [StackEventRow] { lock.withLock { rows } }

    func append(_ row: StackEventRow) { lock.withLock { rows.append(row) } }
}
