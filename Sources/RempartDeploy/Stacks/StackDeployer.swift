import Foundation
import RempartAWS

/// Creates, updates and deletes CloudFormation stacks, streaming their events and waiting for each to finish.
public struct StackDeployer: Sendable {
    /// The AWS clients.
    public var services: AWSServices
    /// The pause between two polls of a stack, in seconds.
    public var pollInterval: TimeInterval
    /// How long to wait for one stack, in seconds.
    public var timeout: TimeInterval
    /// The tags put on every stack, which CloudFormation copies to the resources that support tags.
    public var tags: [String: String]

    /// Creates a deployer.
    public init(
        services: AWSServices, pollInterval: TimeInterval = 5, timeout: TimeInterval = 3600,
        tags: [String: String] = [:]
    ) {
        self.services = services
        self.pollInterval = pollInterval
        self.timeout = timeout
        self.tags = tags
    }

    /// Statuses that end an operation successfully.
    static let successStatuses: Set<String> = [
        "CREATE_COMPLETE", "UPDATE_COMPLETE", "DELETE_COMPLETE", "IMPORT_COMPLETE",
    ]

    /// Deploys `waves` in order; the stacks of one wave are deployed concurrently.
    ///
    /// - Throws: `DeployError.stackFailed` naming the first failing resource and its reason, or `AWSError`.
    public func deploy(_ waves: [[StackTemplate]], onEvent: @escaping @Sendable (StackEventRow) -> Void) async throws {
        for wave in waves {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for stack in wave {
                    group.addTask { try await apply(stack, onEvent: onEvent) }
                }
                try await group.waitForAll()
            }
        }
    }

    /// Deletes the stacks of `waves` in reverse order; the stacks of one wave are deleted concurrently.
    ///
    /// - Throws: `DeployError.stackFailed` when a stack ends in `DELETE_FAILED`.
    public func delete(_ waves: [[String]], onEvent: @escaping @Sendable (StackEventRow) -> Void) async throws {
        for wave in waves.reversed() {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for name in wave {
                    group.addTask { try await delete(stack: name, onEvent: onEvent) }
                }
                try await group.waitForAll()
            }
        }
    }

    /// Creates the stack, or updates it when it exists, and waits until it is complete.
    public func apply(_ stack: StackTemplate, onEvent: @escaping @Sendable (StackEventRow) -> Void) async throws {
        let cloudFormation = services.cloudFormation
        let capabilities = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"]
        guard let existing = try await describe(stack.name), existing.status != "DELETE_COMPLETE" else {
            _ = try await cloudFormation.createStack(
                name: stack.name, templateBody: stack.body, parameters: stack.parameters, capabilities: capabilities,
                tags: tags)
            try await waitForCompletion(stack.name, ignoring: [], onEvent: onEvent)
            return
        }

        let seen = Set(try await cloudFormation.describeStackEvents(name: stack.name).map(\.id))
        do {
            _ = try await cloudFormation.updateStack(
                name: stack.name, templateBody: stack.body, parameters: stack.parameters, capabilities: capabilities,
                tags: tags)
        } catch let error as AWSError where Self.isValidationError(error, saying: "No updates") {
            onEvent(
                StackEventRow(
                    time: Date(), stack: stack.name, logicalID: stack.name, status: existing.status,
                    reason: "No updates are to be performed"))
            return
        }
        try await waitForCompletion(stack.name, ignoring: seen, onEvent: onEvent)
    }

    /// Deletes a stack and waits until it is gone; a stack that does not exist is done.
    public func delete(stack name: String, onEvent: @escaping @Sendable (StackEventRow) -> Void) async throws {
        guard let existing = try await describe(name), existing.status != "DELETE_COMPLETE" else { return }
        let seen = Set(try await services.cloudFormation.describeStackEvents(name: name).map(\.id))
        try await services.cloudFormation.deleteStack(name: name)
        try await waitForCompletion(name, ignoring: seen, onEvent: onEvent)
    }

    /// Returns the stack, or nil when CloudFormation does not know it.
    func describe(_ name: String) async throws -> CloudFormation.Stack? {
        do {
            return try await services.cloudFormation.describeStacks(name: name).first
        } catch let error as AWSError where Self.isValidationError(error, saying: "does not exist") {
            return nil
        }
    }

    /// Polls the stack's events and status until the status leaves `*_IN_PROGRESS`, reporting each new event once,
    /// oldest first.
    ///
    /// - Throws: `DeployError.stackFailed` when the final status is not a success, `DeployError.waitTimedOut`.
    func waitForCompletion(
        _ name: String, ignoring seen: Set<String>, onEvent: @escaping @Sendable (StackEventRow) -> Void
    ) async throws {
        var reported = seen
        var failures: [StackEventRow] = []
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            // A deleted stack may no longer be known by name.
            let events: [CloudFormation.StackEvent]
            do {
                events = try await services.cloudFormation.describeStackEvents(name: name)
            } catch let error as AWSError where Self.isValidationError(error, saying: "does not exist") {
                return
            }
            for event in events.reversed() where !reported.contains(event.id) {
                reported.insert(event.id)
                let row = StackEventRow(event, stack: name)
                if row.isFailure { failures.append(row) }
                onEvent(row)
            }

            guard let stack = try await describe(name) else { return }
            if !stack.status.hasSuffix("_IN_PROGRESS") {
                if Self.successStatuses.contains(stack.status) { return }
                throw Self.failure(stack: name, status: stack.status, reason: stack.statusReason, failures: failures)
            }
            guard Date() < deadline else {
                throw DeployError.waitTimedOut(resource: name, state: "complete", seconds: Int(timeout))
            }
            try await Task.sleep(nanoseconds: UInt64(pollInterval * 1_000_000_000))
        }
    }

    /// Whether `error` is a CloudFormation `ValidationError` whose message contains `text`.
    static func isValidationError(_ error: AWSError, saying text: String) -> Bool {
        guard case .service(let context) = error, context.code == "ValidationError" else { return false }
        return context.message.contains(text)
    }

    /// Names the resource that caused a failure: the first failed resource event whose reason is not a
    /// consequence of another failure, else the stack's own reason.
    static func failure(stack: String, status: String, reason: String?, failures: [StackEventRow]) -> DeployError {
        let resourceFailures = failures.filter { $0.logicalID != stack }
        let cause =
            resourceFailures.first { row in
                let text = row.reason ?? ""
                return !text.contains("Resource creation cancelled") && !text.contains("Resource update cancelled")
            } ?? resourceFailures.first
        if let cause {
            return .stackFailed(stack: stack, status: status, resource: cause.logicalID, reason: cause.reason)
        }
        return .stackFailed(stack: stack, status: status, resource: nil, reason: reason)
    }
}
