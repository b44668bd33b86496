import Foundation
import RempartAWS
import RempartDeploy

/// What the emulator holds for one deployment, read back through the AWS client.
struct LabInventory {
    var vpcs: [EC2.VPC]
    var subnets: [EC2.Subnet]
    var natGateways: [EC2.NATGateway]
    var securityGroups: [EC2.SecurityGroup]
    var instances: [EC2.Instance]
    var flowLogs: [EC2.FlowLog]
    var alarms: [CloudWatch.MetricAlarm]
    var trails: [CloudTrail.Trail]
    var buckets: [String]
    var roles: [String]
    var taggedEC2Resources: [EC2.TagDescription]

    /// Reads every resource tagged with, or named after, deployment `name`; buckets are found by their tags,
    /// because the baseline keeps the lab's bucket name.
    static func read(_ services: AWSServices, name: String) async throws -> LabInventory {
        let ec2 = services.ec2
        let filter = [EC2.Filter("tag:rempart:deployment", [name])]
        let instances = try await ec2.describeInstances(filters: filter)
            .filter { $0.state != "terminated" && $0.state != "shutting-down" }
        let trails = try await services.cloudTrail.describeTrails().filter { $0.name.hasPrefix("rempart-\(name)-") }
        var buckets: [String] = []
        for bucket in try await services.s3.listBuckets() {
            let tags = (try? await services.bucketTags(bucket.name)) ?? [:]
            if tags["rempart:deployment"] == name { buckets.append(bucket.name) }
        }
        return LabInventory(
            vpcs: try await ec2.describeVPCs(filters: filter),
            subnets: try await ec2.describeSubnets(filters: filter),
            natGateways: try await ec2.describeNATGateways(filters: filter).filter { $0.state != "deleted" },
            securityGroups: try await ec2.describeSecurityGroups(filters: filter),
            instances: instances,
            flowLogs: try await ec2.describeFlowLogs(filters: filter),
            alarms: try await services.cloudWatch.describeAlarms(namePrefix: "alarm-packetsIn-"),
            trails: trails,
            buckets: buckets,
            roles: try await services.iam.listRoles().map(\.name).filter { $0.hasPrefix("rempart-\(name)-") },
            taggedEC2Resources: try await ec2.describeTags(filters: [
                EC2.Filter("key", ["rempart:deployment"]), EC2.Filter("value", [name]),
            ]))
    }

    /// The instance whose `Name` tag is `name`.
    func instance(named name: String) -> EC2.Instance? {
        instances.first { $0.tags["Name"] == name }
    }

    /// The subnet whose `rempart:resource` tag is `step`.
    func subnet(_ step: String) -> EC2.Subnet? {
        subnets.first { $0.tags["rempart:resource"] == step }
    }

    /// Whether nothing of the deployment is left, apart from KMS keys waiting for deletion.
    ///
    /// `taggedEC2Resources` is left out: moto 5.2.5 keeps the tags of deleted resources in `DescribeTags`,
    /// and AWS lists terminated instances for about an hour.
    var isEmpty: Bool {
        vpcs.isEmpty && subnets.isEmpty && natGateways.isEmpty && securityGroups.isEmpty && instances.isEmpty
            && flowLogs.isEmpty && alarms.isEmpty && trails.isEmpty && buckets.isEmpty && roles.isEmpty
    }
}
