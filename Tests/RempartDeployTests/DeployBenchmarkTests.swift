import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import Testing

extension EmulatorTests {
    /// Measures API calls and wall time of whole deployments; runs only with `REMPART_BENCHMARK=1`, and prints
    /// the rows of the table in docs/benchmarks.md.
    @Suite(.enabled(if: ProcessInfo.processInfo.environment["REMPART_BENCHMARK"] == "1", "REMPART_BENCHMARK is not 1"))
    struct DeployBenchmarkTests {
        /// Deploys and destroys `profile` once and returns the calls and seconds of each.
        private func measure(_ profile: LabProfile, endpoint: URL?) async throws -> (Int, Double, Int, Double) {
            try await Emulator.reset()
            let (services, counter) = Emulator.services(endpoint: endpoint)
            let deployer = APIDeployer(
                services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)
            let start = Date()
            try await deployer.deploy(LabDeploymentPlan(name: "bench", profile: profile)) { _ in }
            let deploySeconds = Date().timeIntervalSince(start)
            let deployCalls = counter.count
            counter.reset()
            let destroyStart = Date()
            try await deployer.destroy(name: "bench") { _ in }
            return (deployCalls, deploySeconds, counter.count, Date().timeIntervalSince(destroyStart))
        }

        @Test func callsAndWallTime() async throws {
            try await EmulatorLock.run {
                let proxy = try FaultProxy(upstream: try #require(Emulator.endpoint))
                defer { proxy.stop() }
                for profile in LabProfile.allCases {
                    let graph = try LabDeploymentPlan(name: "bench", profile: profile).graph
                    for latency in [0, 100] {
                        try await proxy.configure(latency: latency)
                        var rows: [(Int, Double, Int, Double)] = []
                        for _ in 0..<3 { rows.append(try await measure(profile, endpoint: proxy.endpoint)) }
                        let median = { (values: [Double]) in values.sorted()[1] }
                        print(
                            "BENCH profile=\(profile.rawValue) latency=\(latency)ms steps=\(graph.steps.count) "
                                + "waves=\(graph.criticalPathLength) deployCalls=\(rows.map(\.0)) "
                                + "deploySeconds=\(String(format: "%.2f", median(rows.map(\.1)))) "
                                + "destroyCalls=\(rows.map(\.2)) "
                                + "destroySeconds=\(String(format: "%.2f", median(rows.map(\.3))))")
                    }
                }
            }
        }
    }
}
