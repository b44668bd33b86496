import Foundation
import RempartAWS
import RempartSupport
import Testing

@Suite(.serialized, .enabled(if: ScriptedServer.isAvailable, "python3 is not installed"))
struct RetryTests {
    static let throttled = ScriptedServer.Step.respond(
        status: 400,
        body:
            "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors></Response>"
    )
    static let vpcs = ScriptedServer.Step.respond(
        status: 200,
        body: "<DescribeVpcsResponse><vpcSet><item><vpcId>vpc-9</vpcId></item></vpcSet></DescribeVpcsResponse>")

    private func run(_ steps: [ScriptedServer.Step], maxAttempts: Int = 3, logger: Logger = .disabled) async throws
        -> (Result<[EC2.VPC], AWSError>, [ScriptedServer.Received])
    {
        let server = try ScriptedServer(steps)
        defer { server.stop() }
        let client = TestClients.client(
            endpoint: server.endpoint, transport: URLSessionTransport(), maxAttempts: maxAttempts, logger: logger)
        let result: Result<[EC2.VPC], AWSError>
        do {
            result = .success(try await EC2(client: client).describeVPCs())
        } catch let error as AWSError {
            result = .failure(error)
        }
        return (result, try await server.received())
    }

    @Test func retriesThrottlingThenSucceeds() async throws {
        let handler = InMemoryLogHandler()
        let (result, received) = try await run(
            [Self.throttled, Self.vpcs], logger: Logger(level: .debug, handler: handler))
        #expect(try result.get().map(\.id) == ["vpc-9"])
        #expect(received.count == 2)
        let retries = handler.entries.filter { $0.message == "retrying AWS call" }
        #expect(retries.count == 1)
        #expect(retries.first?.metadata["aws.attempt"] == "2")
        #expect(retries.first?.metadata["aws.delay_seconds"] != nil)
    }

    @Test func retriesServerErrorsThenSucceeds() async throws {
        let (result, received) = try await run([
            .respond(status: 503, body: ""), .respond(status: 500, body: "oops"), Self.vpcs,
        ])
        #expect(try result.get().count == 1)
        #expect(received.count == 3)
    }

    @Test func stopsAfterMaxAttempts() async throws {
        let (result, received) = try await run([Self.throttled], maxAttempts: 3)
        #expect(received.count == 3)
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.code == "RequestLimitExceeded")
    }

    @Test func doesNotRetryClientErrors() async throws {
        let body =
            "<Response><Errors><Error><Code>InvalidParameterValue</Code><Message>bad</Message></Error></Errors></Response>"
        let (result, received) = try await run([.respond(status: 400, body: body), Self.vpcs])
        #expect(received.count == 1)
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.code == "InvalidParameterValue")
    }

    @Test func retriesDroppedConnections() async throws {
        let (result, received) = try await run([.drop, Self.vpcs])
        #expect(try result.get().map(\.id) == ["vpc-9"])
        #expect(received.count == 2)
    }

    @Test func reportsConnectionFailureAfterAttempts() async throws {
        let (result, received) = try await run([.drop], maxAttempts: 2)
        #expect(received.count == 2)
        guard case .failure(let error) = result, case .connectionFailed(let service, let operation, _, _) = error else {
            Issue.record("expected a connection failure, got \(result)")
            return
        }
        #expect(service == "ec2")
        #expect(operation == "DescribeVpcs")
    }

    @Test func backoffStaysWithinCap() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: 1, maxDelay: 3)
        for attempt in 1...6 {
            let delay = policy.delay(afterAttempt: attempt)
            #expect(delay >= 0)
            #expect(delay <= min(3, pow(2, Double(attempt - 1))))
        }
        #expect(policy.isRetryable(status: 400, code: "ThrottlingException"))
        #expect(policy.isRetryable(status: 503, code: nil))
        #expect(!policy.isRetryable(status: 404, code: "NoSuchBucket"))
    }
}
