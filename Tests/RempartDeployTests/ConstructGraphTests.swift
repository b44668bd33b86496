import Foundation
import RempartDeploy
import RempartInfra
import Testing

/// The steps derived from constructs: one per construct and setting, with edges from references,
/// imports, parameters and the account.
struct ConstructGraphTests {
    private func steps() throws -> [String: DeploymentStep] {
        let lookups = ["account", "image"].map { id in
            DeploymentStep(id: id, title: id, frenchTitle: id, resourceType: ResourceRecord.lookupType) { _ in
                ResourceRecord(type: ResourceRecord.lookupType, id: id)
            }
        }
        let graph = ConstructGraph(app: ResolverFixture.app, resolver: ResolverFixture.resolver, lookups: lookups)
        return Dictionary(uniqueKeysWithValues: try graph.steps().map { ($0.id, $0) })
    }

    @Test func oneStepPerConstructAndSetting() throws {
        let steps = try steps()
        #expect(
            steps.keys.sorted() == [
                "Group", "Group/Egress", "Group/Ingress", "Host", "Network", "Network/DNS", "Subnet", "account", "image",
            ])
        #expect(steps["Network/DNS"]?.title == "Set the DNS attributes of VPC Network")
        #expect(steps["Group/Ingress"]?.frenchTitle == "Autoriser les règles entrantes du groupe de sécurité Group")
        #expect(steps["Network"]?.delete != nil)
        #expect(steps["Group/Ingress"]?.delete == nil)
    }

    @Test func edgesFollowReferencesImportsAndLookups() throws {
        let steps = try steps()
        #expect(steps["Network"]?.dependencies == [])
        #expect(steps["Network/DNS"]?.dependencies == ["Network"])
        #expect(steps["Subnet"]?.dependencies == ["Network"])
        // The group's name joins the account ID; its VPC comes through the network stack's export.
        #expect(steps["Group"]?.dependencies == ["account", "Network"])
        #expect(steps["Group/Ingress"]?.dependencies == ["Group"])
        // The instance also waits for its group's rules, which its traffic needs, but not for the VPC's DNS setting.
        #expect(steps["Host"]?.dependencies == ["image", "Subnet", "Group", "Group/Egress", "Group/Ingress"])
        #expect(steps["Subnet"]?.dependencies.contains("Network/DNS") == false)
    }

    @Test func duplicateLogicalIDIsRejected() throws {
        let first = Stack(fileName: "a.yaml", description: "a", resources: [VPC("Net", cidrBlock: "10.0.0.0/16")])
        let second = Stack(fileName: "b.yaml", description: "b", resources: [VPC("Net", cidrBlock: "10.1.0.0/16")])
        let app = App(stacks: [first, second])
        #expect {
            _ = try ConstructGraph(app: app, resolver: ConstructResolver(app: app)).steps()
        } throws: { error in
            guard case DeployError.invalidArchitecture(let reason) = error else { return false }
            return reason == "logical ID 'Net' is used twice"
        }
    }

    @Test func typeWithoutProvisionerIsRejected() throws {
        let stack = Stack(
            fileName: "a.yaml", description: "a",
            resources: [IAMPolicy("Extra", policyName: "p", document: PolicyDocument([]), roles: [])])
        let app = App(stacks: [stack])
        #expect {
            _ = try ConstructGraph(app: app, resolver: ConstructResolver(app: app)).steps()
        } throws: { error in
            guard case DeployError.unsupportedResourceType(let logicalID, let type) = error else { return false }
            return logicalID == "Extra" && type == "AWS::IAM::Policy"
        }
    }

    @Test func labInstancesWaitForTheirSubnetRoutes() throws {
        let steps = try LabDeploymentPlan(name: "lab", profile: .hardened).graph.steps
        let byID = Dictionary(uniqueKeysWithValues: steps.map { ($0.id, $0) })
        let host = try #require(byID["WindowsPrivateAZ1"])
        for dependency in [
            "PrivateSubnet1", "PrivateSubnet1RouteTableAssociation", "DefaultPrivateRoute1", "LabSecurityGroup",
            "InstanceProfile", "LabLaunchTemplate", "windows-ami",
        ] {
            #expect(host.dependencies.contains(dependency), Comment(rawValue: dependency))
        }
        #expect(!host.dependencies.contains("DefaultPrivateRoute2"))
        #expect(byID["VPCFlowLog"]?.dependencies == ["VPC", "LabBucket"])
        #expect(byID["LabBucket/Replication"]?.dependencies.contains("ReplicaBucket/Versioning") == true)
        #expect(byID["LabBucketPolicy"]?.dependencies.contains("source-upload") == true)
    }
}
