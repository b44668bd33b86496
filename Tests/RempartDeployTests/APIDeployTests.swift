import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import Testing

@Suite(.serialized, .enabled(if: Emulator.isAvailable, "REMPART_TEST_ENDPOINT is not set"))
struct APIDeployTests {
    @Test func smokeHardened() async throws {
        try await Emulator.reset()
        let (services, counter) = Emulator.services()
        let deployer = APIDeployer(services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)
        let log = EventLog()
        let plan = LabDeploymentPlan(name: "smoke", profile: .hardened)
        do {
            try await deployer.deploy(plan) { log.append($0) }
        } catch let error as DeployError {
            print(error.message.english)
            throw error
        }
        for event in log.all where event.kind != .started { print(event.line) }
        print("calls", counter.count)
        counter.reset()
        try await deployer.destroy(name: "smoke") { event in if event.kind == .failed { print(event.line) } }
        print("destroy calls", counter.count)
    }
}
