import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import Testing

/// A second run with other parameters. A new admin range updates the security group's rules in place, as
/// CloudFormation updates `SecurityGroupIngress`. A new VPC range needs a new VPC, so it is refused.
extension EmulatorTests {
    @Suite struct ParameterChangeTests {
        static let ports = [22, 80, 443, 53, 1433, 3306, 5432, 3389, 1514, 9200]

        @Test func newAdminRangeUpdatesIngressRules() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let (services, counter) = Emulator.services()
                let deployer = APIDeployer(services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)
                try await deployer.deploy(LabDeploymentPlan(name: "lab", profile: .hardened)) { _ in }

                counter.reset()
                let log = EventLog()
                let plan = LabDeploymentPlan(
                    name: "lab", profile: .hardened, parameters: LabParameters(adminCIDR: "203.0.113.0/24"))
                let state = try await deployer.deploy(plan) { log.append($0) }

                // One read, one authorization of the ten new rules, one revocation of the ten old ones.
                #expect(
                    counter.recorded.map(\.operation)
                        == ["DescribeSecurityGroups", "AuthorizeSecurityGroupIngress", "RevokeSecurityGroupIngress"])
                #expect(log.all.filter { $0.kind == .updated }.map(\.step) == ["LabSecurityGroup/Ingress"])
                #expect(log.count(.recorded) == 79)
                #expect(state.parameters?["AdminCIDR"] == "203.0.113.0/24")
                #expect(state.outdated.isEmpty)
                let saved = try #require(try StateStore.load(deployer.stateURL(name: "lab")))
                #expect(saved.parameters?["AdminCIDR"] == "203.0.113.0/24")

                let group = try #require(try await LabInventory.read(services, name: "lab").securityGroups.first)
                #expect(group.ingress.flatMap(\.ipRanges).map(\.cidr) == Array(repeating: "203.0.113.0/24", count: 10))
                #expect(Set(group.ingress.compactMap(\.fromPort)) == Set(Self.ports))
                #expect(group.ingress.first { $0.fromPort == 22 }?.ipRanges.first?.description == "SSH from the admin CIDR")
                #expect(group.egress.flatMap(\.ipRanges).map(\.cidr) == ["10.0.0.0/16"])

                // The same parameters again change nothing.
                counter.reset()
                try await deployer.deploy(plan) { _ in }
                #expect(counter.count == 0)
            }
        }

        @Test func newVPCRangeIsRefused() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let (services, counter) = Emulator.services()
                let deployer = APIDeployer(services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)
                try await deployer.deploy(LabDeploymentPlan(name: "lab", profile: .hardened)) { _ in }
                let before = try #require(try StateStore.load(deployer.stateURL(name: "lab")))

                counter.reset()
                let plan = LabDeploymentPlan(name: "lab", profile: .hardened, parameters: LabParameters(vpcCIDR: "10.1.0.0/16"))
                let error = await #expect(throws: DeployError.self) { try await deployer.deploy(plan) { _ in } }
                guard case .parametersChanged(let name, let changes, let replaced)? = error else {
                    Issue.record("unexpected error \(String(describing: error))")
                    return
                }
                #expect(name == "lab")
                #expect(changes == [DeployError.ParameterChange(name: "VpcCIDR", deployed: "10.0.0.0/16", requested: "10.1.0.0/16")])
                #expect(replaced == ["VPC"])
                #expect(
                    error?.message.english
                        == "deployment 'lab' was made with VpcCIDR '10.0.0.0/16', not '10.1.0.0/16'; this change needs new "
                        + "resources (VPC), which the API deployment does not replace: run 'rempart destroy --name lab "
                        + "--yes' first, or use another name")
                #expect(counter.count == 0)
                #expect(try StateStore.load(deployer.stateURL(name: "lab")) == before)
                #expect(throws: DeployError.self) {
                    try APIDeployer.check(plan, directory: deployer.directory)
                }
            }
        }

        @Test func baselineRecordsAdminRangeWithoutCalls() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let (services, counter) = Emulator.services()
                let deployer = APIDeployer(services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)
                try await deployer.deploy(LabDeploymentPlan(name: "lab", profile: .baseline)) { _ in }

                // The baseline group is open to the world whatever the admin range, so nothing changes.
                counter.reset()
                let plan = LabDeploymentPlan(
                    name: "lab", profile: .baseline, parameters: LabParameters(adminCIDR: "203.0.113.0/24"))
                let state = try await deployer.deploy(plan) { _ in }
                #expect(counter.count == 0)
                #expect(state.parameters?["AdminCIDR"] == "203.0.113.0/24")
            }
        }

        @Test func stateWithoutParametersUpdatesRulesOnce() async throws {
            try await EmulatorLock.run {
                try await Emulator.reset()
                let (services, counter) = Emulator.services()
                let deployer = APIDeployer(services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)
                let plan = LabDeploymentPlan(name: "lab", profile: .hardened)
                try await deployer.deploy(plan) { _ in }

                // A state file written before the parameters were recorded.
                let url = deployer.stateURL(name: "lab")
                var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
                json["parameters"] = nil
                json["outdated"] = nil
                try JSONSerialization.data(withJSONObject: json).write(to: url)

                counter.reset()
                let log = EventLog()
                let state = try await deployer.deploy(plan) { log.append($0) }
                #expect(Set(log.all.filter { $0.kind == .updated }.map(\.step)) == ["LabSecurityGroup/Ingress", "LabSecurityGroup/Egress"])
                #expect(counter.recorded.map(\.operation) == ["DescribeSecurityGroups", "DescribeSecurityGroups"])
                #expect(state.parameters == plan.parameterValues)
                counter.reset()
                try await deployer.deploy(plan) { _ in }
                #expect(counter.count == 0)
            }
        }
    }
}
