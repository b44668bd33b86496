import Foundation
import RempartAWS
import RempartAudit
import RempartModel
import RempartTemplate
import Testing

/// Compares the lab built in the emulator with a template that describes it, before and after
/// changes made behind Rempart's back. Part of `LiveAuditTests`, whose tests run one at a time
/// because each resets the emulator.
extension LiveAuditTests {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    private func driftOfLab(_ client: AWSClient) async -> [ResourceDrift] {
        let live = await LiveAuditor(client: client).collect(readsStacks: true)
        let declared = TemplateInventory.read(
            ["drift-lab.yaml"], workingDirectory: Self.fixtures, options: ResolutionOptions(region: "us-east-1"))
        return DriftDetector(template: declared, live: live, stackResources: live.stackResources).drift()
    }

    @Test func changesBehindTheTemplateShowAsDrift() async throws {
        try await TestEmulator.reset()
        let client = try TestEmulator.client()
        let ec2 = EC2(client: client)
        try await LabAccount.removeDefaultVPC(ec2)
        let lab = try await LabAccount.build(.baseline, client: client)
        let before = await driftOfLab(client)
        #expect(before == [])

        // A subnet stops mapping public IPs, SSH is revoked, a subnet is deleted, a group is added.
        try await ec2.modifySubnet(id: lab.publicSubnetIDs[0], mapsPublicIPOnLaunch: false)
        try await ec2.revokeIngress(
            groupID: lab.securityGroupID,
            permissions: [
                EC2.IPPermission(ipProtocol: "tcp", fromPort: 22, toPort: 22, ipRanges: [EC2.IPPermission.IPRange("0.0.0.0/0")])
            ])
        try await ec2.deleteSubnet(id: lab.privateSubnetIDs[1])
        let rogue = try await ec2.createSecurityGroup(name: "rogue-sg", description: "Added by hand", vpcID: lab.vpcID)

        let file = "drift-lab.yaml"
        let after = await driftOfLab(client)
        #expect(
            after == [
                ResourceDrift(
                    kind: .modified, type: "AWS::EC2::SecurityGroup", logicalID: "LabSecurityGroup", file: file,
                    resourceID: lab.securityGroupID, property: "SecurityGroupIngress", expected: "tcp 22-22 0.0.0.0/0",
                    actual: "(absent)"),
                ResourceDrift(kind: .missing, type: "AWS::EC2::Subnet", logicalID: "PrivateSubnet2", file: file),
                ResourceDrift(
                    kind: .modified, type: "AWS::EC2::Subnet", logicalID: "PublicSubnet1", file: file,
                    resourceID: lab.publicSubnetIDs[0], property: "MapPublicIpOnLaunch", expected: "true",
                    actual: "false"),
                ResourceDrift(kind: .unmanaged, type: "AWS::EC2::SecurityGroup", resourceID: rogue),
            ])
    }
}
