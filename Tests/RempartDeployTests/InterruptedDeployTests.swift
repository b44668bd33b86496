import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import Testing

/// A deploy that stops between `CreateBucket` and `PutBucketTagging` leaves buckets without tags: destroy deletes
/// them when the state file lists them as pending, and reports them when it cannot prove they are its own.
extension EmulatorTests {
    @Suite struct InterruptedDeployTests {
        static let names = [
            "LabBucket": "rempart-orphan-bucket-123456789012-us-east-1",
            "AccessLogBucket": "rempart-orphan-bucket-logs-123456789012-us-east-1",
            "ReplicaBucket": "rempart-orphan-bucket-replica-123456789012-us-east-1",
        ]

        /// Deploys `orphan` through a proxy that fails every `PutBucketTagging`, and returns the pending buckets'
        /// step IDs, after checking that exactly those buckets exist without tags.
        private func deployUntilTagging(_ proxy: FaultProxy, deployer: APIDeployer) async throws -> [String] {
            try await Emulator.reset()
            try await proxy.configure(failing: "PUT ?tagging")
            await #expect(throws: DeployError.self) {
                try await deployer.deploy(LabDeploymentPlan(name: "orphan", profile: .hardened)) { _ in }
            }
            try await proxy.configure()

            let state = try #require(try StateStore.load(deployer.stateURL(name: "orphan")))
            let pending = state.pending.filter { Self.names[$0] != nil }.sorted()
            #expect(!pending.isEmpty)
            #expect(state.pending.allSatisfy { Self.names[$0] != nil })
            let (services, _) = Emulator.services()
            let buckets = try await services.s3.listBuckets().map(\.name).sorted()
            #expect(buckets == pending.compactMap { Self.names[$0] }.sorted())
            for bucket in buckets { #expect(try await services.bucketTags(bucket).isEmpty) }
            return pending
        }

        /// Runs `body` with a proxy in front of the emulator, and stops the proxy afterwards.
        private func withProxy(_ body: (FaultProxy) async throws -> Void) async throws {
            let proxy = try FaultProxy(upstream: try #require(Emulator.endpoint))
            defer { proxy.stop() }
            try await body(proxy)
        }

        @Test func pendingUntaggedBucketsAreDeleted() async throws {
            try await EmulatorLock.run {
                try await withProxy { proxy in
                    let (proxied, _) = Emulator.services(endpoint: proxy.endpoint)
                    let directory = try Emulator.scratchDirectory()
                    let deployer = APIDeployer(services: proxied, directory: directory, pollInterval: 0.05)
                    let pending = try await deployUntilTagging(proxy, deployer: deployer)

                    let log = EventLog()
                    try await deployer.destroy(name: "orphan") { log.append($0) }
                    for step in pending {
                        let event = log.all.first { $0.step == step && $0.kind != .started }
                        #expect(event?.kind == .deleted, "\(step)")
                        #expect(event?.resourceID == Self.names[step])
                    }
                    let (services, _) = Emulator.services()
                    #expect(try await AccountSnapshot.read(services).resources == [])
                    #expect(!FileManager.default.fileExists(atPath: deployer.stateURL(name: "orphan").path))
                }
            }
        }

        @Test func untaggedBucketsWithoutStateAreReported() async throws {
            try await EmulatorLock.run {
                try await withProxy { proxy in
                    let (proxied, _) = Emulator.services(endpoint: proxy.endpoint)
                    let directory = try Emulator.scratchDirectory()
                    let deployer = APIDeployer(services: proxied, directory: directory, pollInterval: 0.05)
                    let pending = try await deployUntilTagging(proxy, deployer: deployer)
                    try FileManager.default.removeItem(at: deployer.stateURL(name: "orphan"))

                    // Nothing proves these buckets are the deployment's, so they are listed, not deleted.
                    let error = await #expect(throws: DeployError.self) {
                        try await deployer.destroy(name: "orphan") { _ in }
                    }
                    guard case .resourcesLeft(let name, let left)? = error else {
                        Issue.record("unexpected error \(String(describing: error))")
                        return
                    }
                    #expect(name == "orphan")
                    #expect(
                        left.sorted { $0.step < $1.step }
                            == pending.map {
                                DeployError.LeftResource(
                                    step: $0, type: "AWS::S3::Bucket", id: Self.names[$0] ?? "", isTagged: false)
                            })
                    let (services, _) = Emulator.services()
                    #expect(
                        try await AccountSnapshot.read(services).resources
                            == Set(pending.compactMap { Self.names[$0] }.map { "bucket \($0)" }))
                    #expect(error?.message.english.contains("without its rempart:deployment tag, so not deleted") == true)
                }
            }
        }
    }
}
