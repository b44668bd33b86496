import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import Testing

/// Fails one operation through a proxy in front of the emulator: the deploy stops halfway, destroy
/// removes everything it created, and a later deploy completes.
extension EmulatorTests {
    @Suite struct FailureRecoveryTests {
        /// Runs `body` with a proxy in front of the emulator, and stops the proxy afterwards.
        private func withProxy(_ body: (FaultProxy) async throws -> Void) async throws {
            let proxy = try FaultProxy(upstream: try #require(Emulator.endpoint))
            defer { proxy.stop() }
            try await body(proxy)
        }

        @Test func failedDeployIsDestroyedThenRedeployed() async throws {
            try await EmulatorLock.run {
                try await withProxy { proxy in
                    try await Emulator.reset()
                    let (services, _) = Emulator.services(endpoint: proxy.endpoint)
                    let deployer = APIDeployer(
                        services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)
                    let plan = LabDeploymentPlan(name: "fault", profile: .hardened)

                    // The NAT gateways cannot be created, so nothing that routes through them starts.
                    try await proxy.configure(failing: "CreateNatGateway")
                    let log = EventLog()
                    let error = await #expect(throws: DeployError.self) {
                        try await deployer.deploy(plan) { log.append($0) }
                    }
                    guard case .stepFailed(let step, _, let underlying)? = error else {
                        Issue.record("unexpected error \(String(describing: error))")
                        return
                    }
                    #expect(step.hasPrefix("NatGateway"))
                    #expect(underlying.code == "InjectedFault")
                    #expect(log.count(.failed) >= 1)
                    #expect(log.count(.created) < 80)
                    let state = try #require(try StateStore.load(deployer.stateURL(name: "fault")))
                    #expect(state.resources["VPC"] != nil)
                    #expect(state.resources["WindowsPrivateAZ1"] == nil)
                    #expect(state.resources["DefaultPrivateRoute1"] == nil)
                    let halfway = try await LabInventory.read(services, name: "fault")
                    #expect(halfway.vpcs.count == 1)
                    #expect(halfway.natGateways.isEmpty)

                    // destroy removes everything the failed run created.
                    try await proxy.configure()
                    let destroyed = EventLog()
                    try await deployer.destroy(name: "fault") { destroyed.append($0) }
                    #expect(destroyed.count(.failed) == 0)
                    let left = try await LabInventory.read(services, name: "fault")
                    #expect(left.isEmpty, "\(left)")

                    // A later deploy completes.
                    let redeployed = EventLog()
                    try await deployer.deploy(plan) { redeployed.append($0) }
                    #expect(redeployed.count(.created) == 80)
                    #expect(try await LabInventory.read(services, name: "fault").natGateways.count == 2)
                }
            }
        }

        @Test func failedDeployResumesWhereItStopped() async throws {
            try await EmulatorLock.run {
                try await withProxy { proxy in
                    try await Emulator.reset()
                    let (services, counter) = Emulator.services(endpoint: proxy.endpoint)
                    let deployer = APIDeployer(
                        services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)
                    let plan = LabDeploymentPlan(name: "resume", profile: .baseline)

                    try await proxy.configure(failing: "RunInstances")
                    await #expect(throws: DeployError.self) { try await deployer.deploy(plan) { _ in } }
                    #expect(try await proxy.failedCount() >= 1)
                    let recorded = try #require(try StateStore.load(deployer.stateURL(name: "resume"))).resources.count
                    #expect(recorded < 43)

                    try await proxy.configure()
                    counter.reset()
                    let log = EventLog()
                    try await deployer.deploy(plan) { log.append($0) }
                    #expect(log.count(.created) == 43 - recorded)
                    #expect(log.count(.recorded) == recorded)
                    let inventory = try await LabInventory.read(services, name: "resume")
                    #expect(inventory.vpcs.count == 1)
                    #expect(inventory.instances.count == 4)
                    #expect(inventory.natGateways.count == 2)
                }
            }
        }

        @Test func failedDeployWithoutStateIsDestroyedByTags() async throws {
            try await EmulatorLock.run {
                try await withProxy { proxy in
                    try await Emulator.reset()
                    let (services, _) = Emulator.services(endpoint: proxy.endpoint)
                    let deployer = APIDeployer(
                        services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)

                    try await proxy.configure(failing: "PutMetricAlarm")
                    await #expect(throws: DeployError.self) {
                        try await deployer.deploy(LabDeploymentPlan(name: "lost", profile: .hardened)) { _ in }
                    }
                    try FileManager.default.removeItem(at: deployer.stateURL(name: "lost"))

                    try await proxy.configure()
                    try await deployer.destroy(name: "lost") { _ in }
                    let left = try await LabInventory.read(services, name: "lost")
                    #expect(left.isEmpty, "\(left)")
                    #expect(try await services.iam.listInstanceProfiles().isEmpty)
                }
            }
        }
    }
}
