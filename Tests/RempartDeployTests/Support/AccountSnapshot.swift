import Foundation
import RempartAWS
import RempartDeploy

/// Every resource of the types a deployment creates that exists in the emulator, as `<type> <ID>` lines.
///
/// Resources that are on their way out count as gone: terminated instances, deleted NAT gateways and KMS keys
/// scheduled for deletion, which AWS and moto keep listing for a while. The default VPC and its pieces, the
/// default security groups and the main route tables are left out, because no deployment creates them.
struct AccountSnapshot: Equatable, CustomStringConvertible {
    var resources: Set<String>

    var description: String { resources.sorted().joined(separator: "\n") }

    /// Reads the snapshot through `services`.
    static func read(_ services: AWSServices) async throws -> AccountSnapshot {
        let ec2 = services.ec2
        var lines = Set<String>()

        // The network, without the default VPC's pieces.
        let defaultVPCs = Set(try await ec2.describeVPCs(filters: [EC2.Filter("is-default", ["true"])]).map(\.id))
        for vpc in try await ec2.describeVPCs() where !defaultVPCs.contains(vpc.id) { lines.insert("vpc \(vpc.id)") }
        for subnet in try await ec2.describeSubnets() where !defaultVPCs.contains(subnet.vpcID) {
            lines.insert("subnet \(subnet.id)")
        }
        for gateway in try await ec2.describeInternetGateways()
        where !gateway.attachedVPCIDs.contains(where: defaultVPCs.contains) {
            lines.insert("internet-gateway \(gateway.id)")
        }
        for gateway in try await ec2.describeNATGateways() where gateway.state != "deleted" {
            lines.insert("nat-gateway \(gateway.id)")
        }
        for address in try await ec2.describeAddresses() { lines.insert("address \(address.allocationID)") }
        for table in try await ec2.describeRouteTables() where !table.associations.contains(where: \.isMain) {
            lines.insert("route-table \(table.id)")
        }
        for group in try await ec2.describeSecurityGroups() where group.name != "default" {
            lines.insert("security-group \(group.id)")
        }

        // Compute and monitoring of the network.
        for instance in try await ec2.describeInstances()
        where instance.state != "terminated" && instance.state != "shutting-down" {
            lines.insert("instance \(instance.id)")
        }
        for template in try await ec2.describeLaunchTemplates() { lines.insert("launch-template \(template.id)") }
        for flowLog in try await ec2.describeFlowLogs() { lines.insert("flow-log \(flowLog.id)") }

        // Storage, identities, keys and monitoring outside EC2.
        for bucket in try await services.s3.listBuckets() { lines.insert("bucket \(bucket.name)") }
        for role in try await services.iam.listRoles() { lines.insert("role \(role.name)") }
        for profile in try await services.iam.listInstanceProfiles() { lines.insert("instance-profile \(profile.name)") }
        for key in try await services.kms.listKeys()
        where try await services.kms.describeKey(key.id).keyState != "PendingDeletion" {
            lines.insert("key \(key.id)")
        }
        for alias in try await services.kms.listAliases() where !alias.name.hasPrefix("alias/aws/") {
            lines.insert("alias \(alias.name)")
        }
        for group in try await services.logs.describeLogGroups(prefix: "/") { lines.insert("log-group \(group.name)") }
        for trail in try await services.cloudTrail.describeTrails() { lines.insert("trail \(trail.name)") }
        for alarm in try await services.cloudWatch.describeAlarms() { lines.insert("alarm \(alarm.name)") }
        return AccountSnapshot(resources: lines)
    }

    /// Returns the lines of `self` that `other` lacks.
    func subtracting(_ other: AccountSnapshot) -> Set<String> { resources.subtracting(other.resources) }
}
