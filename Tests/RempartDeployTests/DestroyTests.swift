import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import Testing

/// What `destroy` reports and leaves on disk: its own step titles, resources already gone, no state file for a
/// deployment that never existed, and no temporary file beside the state.
extension EmulatorTests {
    @Suite struct DestroyTests {
        private func files(in directory: URL) throws -> [String] {
            let deployments = directory.appendingPathComponent(".rempart/deployments")
            guard FileManager.default.fileExists(atPath: deployments.path) else { return [] }
            return try FileManager.default.contentsOfDirectory(atPath: deployments.path).sorted()
        }

        @Test func unknownNameLeavesNoFile() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let directory = try Emulator.scratchDirectory()
                let (services, _) = Emulator.services()
                let deployer = APIDeployer(services: services, directory: directory, pollInterval: 0.05)

                let log = EventLog()
                try await deployer.destroy(name: "neverexisted") { log.append($0) }
                #expect(log.count(.deleted) == 0)
                #expect(log.count(.failed) == 0)
                #expect(try files(in: directory) == [])

                // Nothing blocks a deployment of either profile under that name afterwards.
                try APIDeployer.check(LabDeploymentPlan(name: "neverexisted", profile: .baseline), directory: directory)
                try await deployer.deploy(LabDeploymentPlan(name: "neverexisted", profile: .baseline)) { _ in }
                #expect(try files(in: directory) == ["neverexisted.json"])
            }
        }

        @Test func removalLinesAndResourcesAlreadyGone() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let directory = try Emulator.scratchDirectory()
                let (services, _) = Emulator.services()
                let deployer = APIDeployer(services: services, directory: directory, pollInterval: 0.05)
                let state = try await deployer.deploy(LabDeploymentPlan(name: "lab", profile: .baseline)) { _ in }
                #expect(try files(in: directory) == ["lab.json"])

                // The key is scheduled for deletion behind the deployment's back.
                let key = try #require(state.resources["BucketKey"]).id
                _ = try await services.kms.scheduleKeyDeletion(key, pendingWindowInDays: 7)

                let log = EventLog()
                try await deployer.destroy(name: "lab") { log.append($0) }
                let outcomes = log.all.filter { $0.kind != .started }
                #expect(outcomes.allSatisfy { $0.title.hasPrefix("Delete ") })
                #expect(outcomes.allSatisfy { $0.frenchTitle?.hasPrefix("Supprimer ") == true })
                let keyEvent = try #require(outcomes.first { $0.step == "BucketKey" })
                #expect(keyEvent.kind == .alreadyGone)
                #expect(keyEvent.line(in: .english).hasSuffix("] Delete KMS key BucketKey: \(key) was already deleted"))
                let vpc = try #require(outcomes.first { $0.step == "VPC" })
                #expect(vpc.kind == .deleted)
                #expect(vpc.line(in: .french).hasSuffix("] Supprimer le VPC VPC : \(state.resources["VPC"]?.id ?? "") supprimé"))
                #expect(try files(in: directory) == [])
            }
        }

        @Test func untaggedLabBucketIsNeitherDeletedNorReported() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let (services, _) = Emulator.services()
                // The lab's own bucket, made by hand, under the name of the lab's s3.json: no deployment names its bucket so.
                try await services.s3.createBucket("polystudent-bucket-123456789012")
                let deployer = APIDeployer(services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)

                let log = EventLog()
                try await deployer.destroy(name: "someone") { log.append($0) }
                #expect(log.count(.deleted) == 0)
                #expect(try await AccountSnapshot.read(services).resources == ["bucket polystudent-bucket-123456789012"])
            }
        }

        @Test func otherRegionIsRefused() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let directory = try Emulator.scratchDirectory()
                let (services, counter) = Emulator.services()
                let deployer = APIDeployer(services: services, directory: directory, pollInterval: 0.05)
                try await deployer.deploy(LabDeploymentPlan(name: "lab", profile: .baseline)) { _ in }

                // The state records another region than the one the calls go to.
                let url = deployer.stateURL(name: "lab")
                var state = try #require(try StateStore.load(url))
                state.region = "ca-central-1"
                try JSONEncoder().encode(state).write(to: url)

                counter.reset()
                let deployError = await #expect(throws: DeployError.self) {
                    try await deployer.deploy(LabDeploymentPlan(name: "lab", profile: .baseline)) { _ in }
                }
                let destroyError = await #expect(throws: DeployError.self) { try await deployer.destroy(name: "lab") { _ in } }
                for error in [deployError, destroyError] {
                    #expect(
                        error?.message.english
                            == "deployment 'lab' exists in region 'ca-central-1', not 'us-east-1'; run the command with "
                            + "--region ca-central-1, or use another name")
                }
                #expect(counter.count == 0)
                #expect(try StateStore.load(url) == state)
            }
        }
    }
}
