import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import Testing

/// Two deployments in one emulator: removing or re-deploying one never touches the other's resources. This is true
/// even though moto 5.2.5 returns every trail of the account from `DescribeTrails` for an unknown trail name.
extension EmulatorTests {
    @Suite struct OwnershipTests {
        /// Deploys `keep` (hardened), then `gone` (hardened) through a proxy that fails `CreateTrail`, so that `gone`
        /// stops with its trail pending. Returns the snapshot taken between the two deployments.
        private func deployBoth(_ proxy: FaultProxy, directory: URL) async throws -> AccountSnapshot {
            try await Emulator.reset()
            let (services, _) = Emulator.services()
            let keep = APIDeployer(services: services, directory: directory, pollInterval: 0.05)
            try await keep.deploy(LabDeploymentPlan(name: "keep", profile: .hardened)) { _ in }
            let keepOnly = try await AccountSnapshot.read(services)

            try await proxy.configure(failing: "CreateTrail")
            let (proxied, _) = Emulator.services(endpoint: proxy.endpoint)
            let gone = APIDeployer(services: proxied, directory: directory, pollInterval: 0.05)
            await #expect(throws: DeployError.self) {
                try await gone.deploy(LabDeploymentPlan(name: "gone", profile: .hardened)) { _ in }
            }
            try await proxy.configure()
            let state = try #require(try StateStore.load(gone.stateURL(name: "gone")))
            #expect(state.pending == ["Trail"])
            return keepOnly
        }

        /// Runs `body` with a proxy in front of the emulator, and stops the proxy afterwards.
        private func withProxy(_ body: (FaultProxy) async throws -> Void) async throws {
            let proxy = try FaultProxy(upstream: try #require(Emulator.endpoint))
            defer { proxy.stop() }
            try await body(proxy)
        }

        @Test(arguments: [true, false])
        func destroyLeavesOtherDeploymentUntouched(keepsStateFile: Bool) async throws {
            try await EmulatorLock.run {
                try await withProxy { proxy in
                    let directory = try Emulator.scratchDirectory()
                    let keepOnly = try await deployBoth(proxy, directory: directory)
                    let (services, _) = Emulator.services()
                    let both = try await AccountSnapshot.read(services)
                    #expect(both.subtracting(keepOnly).contains("bucket rempart-gone-bucket-123456789012-us-east-1"))
                    #expect(keepOnly.resources.contains("trail rempart-keep-trail"))

                    let deployer = APIDeployer(services: services, directory: directory, pollInterval: 0.05)
                    if !keepsStateFile { try FileManager.default.removeItem(at: deployer.stateURL(name: "gone")) }
                    let log = EventLog()
                    try await deployer.destroy(name: "gone") { log.append($0) }

                    // Exactly the other deployment's resources are left, its trail among them.
                    let after = try await AccountSnapshot.read(services)
                    #expect(after == keepOnly, "left: \(after.subtracting(keepOnly)), missing: \(keepOnly.subtracting(after))")
                    #expect(log.count(.failed) == 0)
                    #expect(!log.all.contains { $0.resourceID == "rempart-keep-trail" })
                    #expect(try StateStore.load(deployer.stateURL(name: "keep"))?.resources["Trail"]?.id == "rempart-keep-trail")
                }
            }
        }

        @Test func redeployCreatesItsOwnTrail() async throws {
            try await EmulatorLock.run {
                try await withProxy { proxy in
                    let directory = try Emulator.scratchDirectory()
                    _ = try await deployBoth(proxy, directory: directory)
                    let (services, counter) = Emulator.services()
                    let deployer = APIDeployer(services: services, directory: directory, pollInterval: 0.05)

                    // The pending trail is looked up by name: the other deployment's trail is not taken for it.
                    counter.reset()
                    let log = EventLog()
                    let state = try await deployer.deploy(LabDeploymentPlan(name: "gone", profile: .hardened)) {
                        log.append($0)
                    }
                    #expect(state.resources["Trail"]?.id == "rempart-gone-trail")
                    let trailEvents = log.all.filter { $0.step == "Trail" }.map(\.kind)
                    #expect(trailEvents == [.started, .created])
                    #expect(counter.recorded.map(\.operation).contains("CreateTrail"))
                    let trails = try await services.cloudTrail.describeTrails().map(\.name).sorted()
                    #expect(trails == ["rempart-gone-trail", "rempart-keep-trail"])

                    // Without the state file every step is looked up, and each finds its own resource.
                    try FileManager.default.removeItem(at: deployer.stateURL(name: "gone"))
                    let adopted = EventLog()
                    let again = try await deployer.deploy(LabDeploymentPlan(name: "gone", profile: .hardened)) {
                        adopted.append($0)
                    }
                    // Settings, bucket policies, lookups and the upload are applied again; no resource is created.
                    let created = adopted.all.filter { $0.kind == .created }.map(\.step).filter { step in
                        !step.contains("/") && !step.hasSuffix("BucketPolicy")
                            && !["account", "linux-ami", "windows-ami", "source-upload"].contains(step)
                    }
                    #expect(created == [])
                    #expect(again.resources["Trail"]?.id == "rempart-gone-trail")
                    #expect(again.resources["TrailLogGroup"]?.id == "/aws/cloudtrail/rempart-gone-trail")
                    #expect(again.resources["InstanceRole"]?.id == "rempart-gone-instance-role")
                    let keep = try #require(try StateStore.load(deployer.stateURL(name: "keep")))
                    for (step, record) in again.resources where !record.isLookup {
                        #expect(keep.resources[step]?.id != record.id, "\(step) adopted \(record.id)")
                    }
                }
            }
        }

        /// What makes deployment `name`'s baseline bucket its own: its tags, its key and its objects.
        private func bucketFacts(_ services: AWSServices, name: String) async throws -> [String] {
            let bucket = "polystudent-bucket-rempart-\(name)-123456789012"
            let tags = try await services.bucketTags(bucket)
            let key = try await services.s3.bucketEncryption(bucket)?.kmsKeyID ?? "none"
            let objects = try await services.s3.listObjects(bucket: bucket).map(\.key).sorted()
            return [
                "deployment \(tags[StepContext.deploymentTagKey] ?? "none")",
                "resource \(tags[StepContext.resourceTagKey] ?? "none")", "key \(key)",
            ] + objects
        }

        @Test func twoBaselineDeploymentsCoexist() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let directory = try Emulator.scratchDirectory()
                let (services, _) = Emulator.services()
                let deployer = APIDeployer(services: services, directory: directory, pollInterval: 0.05)
                let report = Data("{}".utf8)
                let first = try await deployer.deploy(
                    LabDeploymentPlan(name: "eleve1", profile: .baseline, scanReport: report)) { _ in }
                let firstOnly = try await AccountSnapshot.read(services)
                let firstFacts = try await bucketFacts(services, name: "eleve1")

                let log = EventLog()
                let second = try await deployer.deploy(
                    LabDeploymentPlan(name: "eleve2", profile: .baseline, scanReport: report)) { log.append($0) }
                #expect(log.count(.failed) == 0)
                #expect(log.count(.found) == 0)
                #expect(log.count(.created) == 43)
                #expect(first.resources["LabBucket"]?.id == "polystudent-bucket-rempart-eleve1-123456789012")
                #expect(second.resources["LabBucket"]?.id == "polystudent-bucket-rempart-eleve2-123456789012")
                let firstKey = try #require(first.resources["BucketKey"]?.id)
                let keyARN = "arn:aws:kms:us-east-1:123456789012:key/"
                #expect(
                    firstFacts == ["deployment eleve1", "resource LabBucket", "key \(keyARN)\(firstKey)", "scan-report.json"])
                #expect(try await bucketFacts(services, name: "eleve1") == firstFacts)
                let secondKey = try #require(second.resources["BucketKey"]?.id)
                #expect(secondKey != firstKey)
                #expect(
                    try await bucketFacts(services, name: "eleve2")
                        == ["deployment eleve2", "resource LabBucket", "key \(keyARN)\(secondKey)", "scan-report.json"])

                // The second deployment's resources are all new, and none of the first's changed hands.
                let both = try await AccountSnapshot.read(services)
                #expect(both.subtracting(firstOnly).count == firstOnly.resources.count)
                #expect(firstOnly.subtracting(both).isEmpty)

                // Removing the second leaves exactly the first, its bucket unchanged.
                let removal = EventLog()
                try await deployer.destroy(name: "eleve2") { removal.append($0) }
                #expect(removal.count(.failed) == 0)
                let after = try await AccountSnapshot.read(services)
                #expect(after == firstOnly, "left: \(after.subtracting(firstOnly)), missing: \(firstOnly.subtracting(after))")
                #expect(try await bucketFacts(services, name: "eleve1") == firstFacts)
                #expect(try StateStore.load(deployer.stateURL(name: "eleve1"))?.resources == first.resources)
            }
        }
    }
}
