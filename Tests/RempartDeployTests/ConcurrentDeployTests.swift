import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import Testing

/// Two runs of one deployment at once: the second stops on the lock before any AWS call.
extension EmulatorTests {
    @Suite struct ConcurrentDeployTests {
        @Test func secondDeployOfOneNameStopsAtOnce() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let directory = try Emulator.scratchDirectory()
                let (services, _) = Emulator.services()
                let (otherServices, otherCounter) = Emulator.services()
                let first = APIDeployer(services: services, directory: directory, pollInterval: 0.05)
                let second = APIDeployer(services: otherServices, directory: directory, pollInterval: 0.05)
                let plan = LabDeploymentPlan(name: "twin", profile: .hardened)

                // The first run holds the lock while it creates the first step.
                let started = AsyncStream<Void>.makeStream()
                async let firstRun: DeploymentState = first.deploy(plan) { event in
                    if event.kind == .started { started.continuation.yield() }
                }
                var iterator = started.stream.makeAsyncIterator()
                _ = await iterator.next()
                let error = await #expect(throws: DeployError.self) { try await second.deploy(plan) { _ in } }
                guard case .locked(let name, _, let holder)? = error else {
                    Issue.record("unexpected error \(String(describing: error))")
                    return
                }
                #expect(name == "twin")
                #expect(holder?.command == "deploy")
                #expect(holder?.pid == ProcessInfo.processInfo.processIdentifier)
                #expect(otherCounter.count == 0)

                let state = try await firstRun
                #expect(state.resources.count == 80)
                let inventory = try await LabInventory.read(services, name: "twin")
                #expect(inventory.vpcs.count == 1)
                #expect(inventory.natGateways.count == 2)
                #expect(!FileManager.default.fileExists(atPath: DeploymentLock.fileURL(name: "twin", in: directory).path))

                // Destroy takes the same lock, so it runs once the deploy is over.
                try await second.destroy(name: "twin") { _ in }
                #expect(try await LabInventory.read(services, name: "twin").isEmpty)
            }
        }

        @Test func duplicateTaggedResourcesAreAllDeleted() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let directory = try Emulator.scratchDirectory()
                let (services, _) = Emulator.services()
                let deployer = APIDeployer(services: services, directory: directory, pollInterval: 0.05)
                try await deployer.deploy(LabDeploymentPlan(name: "twin", profile: .baseline)) { _ in }

                // A second copy of the VPC and the key, as a run from another directory would leave them.
                let tags = ["rempart:deployment": "twin", "rempart:resource": "VPC"]
                let copy = try await services.ec2.createVPC(cidrBlock: "10.1.0.0/16", tags: tags)
                let key = try await services.kms.createKey(
                    description: nil, policy: nil, tags: ["rempart:deployment": "twin", "rempart:resource": "BucketKey"])

                let log = EventLog()
                try await deployer.destroy(name: "twin") { log.append($0) }
                #expect(log.all.filter { $0.resourceID == copy.id }.map(\.kind) == [.deleted])
                #expect(try await services.kms.describeKey(key.keyID).keyState == "PendingDeletion")
                #expect(try await AccountSnapshot.read(services).resources == [])
            }
        }
    }
}
