import Foundation
import RempartAWS
import RempartDeploy
import RempartSupport
import Testing

/// Replays recorded CloudFormation responses to test waiting, the event table and failure reporting,
/// which the local emulator cannot show (it completes stacks at once, with stack-level events only).
struct StackReplayTests {
    private let stack = StackTemplate(name: "lab-vpc", fileName: "vpc.yaml", body: "Resources: {}")

    private func deployer(_ transport: ReplayTransport) -> StackDeployer {
        let configuration = AWSConfiguration(
            region: "us-east-1", credentials: AWSCredentials(accessKeyID: "AKIDREPLAY", secretAccessKey: "replay"),
            endpointURL: URL(string: "http://127.0.0.1:9"), retryPolicy: RetryPolicy(maxAttempts: 1))
        return StackDeployer(
            services: AWSServices(client: AWSClient(configuration: configuration, transport: transport)),
            pollInterval: 0)
    }

    @Test func failedCreateNamesTheResourceAndReason() async throws {
        let transport = ReplayTransport([
            "DescribeStacks": [
                try ReplayTransport.fixture("stack-missing", status: 400),
                try ReplayTransport.fixture("stack-create-in-progress"),
                try ReplayTransport.fixture("stack-rollback-in-progress"),
                try ReplayTransport.fixture("stack-rollback-complete"),
            ],
            "CreateStack": [try ReplayTransport.fixture("create-stack")],
            "DescribeStackEvents": [
                try ReplayTransport.fixture("events-create-1"), try ReplayTransport.fixture("events-create-failed-2"),
                try ReplayTransport.fixture("events-create-failed-3"),
            ],
        ])
        let rows = RowLog()
        let error = await #expect(throws: DeployError.self) {
            try await deployer(transport).apply(stack) { rows.append($0) }
        }

        guard case .stackFailed(let name, let status, let resource, let reason) = try #require(error) else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(name == "lab-vpc")
        #expect(status == "ROLLBACK_COMPLETE")
        #expect(resource == "NatGateway1")
        #expect(
            reason
                == "Resource handler returned message: \"The allocation ID 'eipalloc-0f00d1e5ab4c3d2e1' does not exist "
                + "(Service: Ec2, Status Code: 400)\" (HandlerErrorCode: NotFound)")
        #expect(
            rows.all.map(\.status) == [
                "CREATE_IN_PROGRESS", "CREATE_IN_PROGRESS", "CREATE_IN_PROGRESS", "CREATE_COMPLETE",
                "CREATE_IN_PROGRESS",
                "CREATE_IN_PROGRESS", "CREATE_FAILED", "CREATE_FAILED", "ROLLBACK_IN_PROGRESS", "DELETE_COMPLETE",
                "ROLLBACK_COMPLETE",
            ])
        #expect(rows.all.map(\.logicalID).prefix(4) == ["lab-vpc", "VPC", "VPC", "VPC"])
        #expect(
            transport.calledActions == [
                "DescribeStacks", "CreateStack", "DescribeStackEvents", "DescribeStacks", "DescribeStackEvents",
                "DescribeStacks", "DescribeStackEvents", "DescribeStacks",
            ])
    }

    @Test func failureMessageNamesTheResource() {
        let error = DeployError.stackFailed(
            stack: "lab-vpc", status: "ROLLBACK_COMPLETE", resource: "NatGateway1",
            reason: "the allocation ID does not exist")
        #expect(
            error.message.english
                == "stack 'lab-vpc' ended in ROLLBACK_COMPLETE, resource 'NatGateway1': the allocation ID does not exist"
        )
        #expect(
            error.message.french
                == "la pile « lab-vpc » s'est terminée en ROLLBACK_COMPLETE, ressource « NatGateway1 » : the allocation ID does not exist"
        )
    }

    @Test func successfulCreateReportsEveryEventOnce() async throws {
        let transport = ReplayTransport([
            "DescribeStacks": [
                try ReplayTransport.fixture("stack-missing", status: 400),
                try ReplayTransport.fixture("stack-create-in-progress"),
                try ReplayTransport.fixture("stack-create-complete"),
            ],
            "CreateStack": [try ReplayTransport.fixture("create-stack")],
            "DescribeStackEvents": [
                try ReplayTransport.fixture("events-create-1"), try ReplayTransport.fixture("events-create-complete-2"),
            ],
        ])
        let rows = RowLog()
        try await deployer(transport).apply(stack) { rows.append($0) }

        let table = StackEventTable()
        #expect(
            rows.all.map(table.row) == [
                "14:05:01  lab-vpc         lab-vpc                       CREATE_IN_PROGRESS                        User Initiated",
                "14:05:04  lab-vpc         VPC                           CREATE_IN_PROGRESS",
                "14:05:05  lab-vpc         VPC                           CREATE_IN_PROGRESS                        Resource creation Initiated",
                "14:05:17  lab-vpc         VPC                           CREATE_COMPLETE (CONFIGURATION_COMPLETE)",
                "14:06:30  lab-vpc         lab-vpc                       CREATE_COMPLETE",
            ])
    }

    @Test func tableHeaderAndLongValues() {
        let table = StackEventTable()
        #expect(
            table.header(in: .french)
                == "HEURE     PILE            ID LOGIQUE                    STATUT                                    RAISON\n"
                + "--------  --------------  ----------------------------  ----------------------------------------  ------"
        )
        #expect(
            table.header
                == "TIME      STACK           LOGICAL ID                    STATUS                                    REASON\n"
                + "--------  --------------  ----------------------------  ----------------------------------------  ------"
        )
        let row = StackEventRow(
            time: nil, stack: "a-very-long-deployment-vpc", logicalID: "PublicSubnet1RouteTableAssociation",
            status: "CREATE_FAILED", reason: "line one\nline two")
        #expect(
            table.row(row)
                == "-         a-very-long-d…  PublicSubnet1RouteTableAsso…  CREATE_FAILED                             line one line two"
        )
    }
}
