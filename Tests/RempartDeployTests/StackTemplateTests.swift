import RempartDeploy
import RempartInfra
import Testing

/// The lab's stacks deploy in the order of their imports.
struct StackTemplateTests {
    @Test func baselineDeploysComputeAfterNetwork() throws {
        let waves = try StackTemplate.lab(name: "cfn", profile: .baseline)
        #expect(waves.map { $0.map(\.fileName) } == [["vpc.yaml", "s3.json"], ["ec2.json"]])
        #expect(waves.joined().map(\.name) == ["cfn-vpc", "cfn-s3", "cfn-ec2"])
    }

    @Test func hardenedDeploysStorageBeforeNetwork() throws {
        let waves = try StackTemplate.lab(name: "cfn", profile: .hardened)
        #expect(waves.map { $0.map(\.fileName) } == [["s3.json"], ["vpc.yaml"], ["ec2.json"]])
        #expect(waves.joined().allSatisfy { $0.parameters == ["EnvironmentName": "cfn"] })
    }
}
