import Foundation
import RempartAWS

/// One line of the live stack event table: time, stack, logical ID, status and reason.
public struct StackEventRow: Sendable, Equatable {
    public var time: Date?
    /// The stack the event belongs to.
    public var stack: String
    public var logicalID: String
    /// The resource status, such as `CREATE_IN_PROGRESS`.
    public var status: String
    /// The detailed status (`CONFIGURATION_COMPLETE`), when CloudFormation sends one.
    public var detailedStatus: String?
    /// The status reason, such as `Resource creation Initiated`.
    public var reason: String?

    /// Creates a row.
    public init(
        time: Date?, stack: String, logicalID: String, status: String, detailedStatus: String? = nil,
        reason: String? = nil
    ) {
        self.time = time
        self.stack = stack
        self.logicalID = logicalID
        self.status = status
        self.detailedStatus = detailedStatus
        self.reason = reason
    }

    /// Creates a row from a stack event.
    public init(_ event: CloudFormation.StackEvent, stack: String) {
        self.init(
            time: event.timestamp, stack: stack, logicalID: event.logicalResourceID, status: event.resourceStatus,
            detailedStatus: event.detailedStatus, reason: event.resourceStatusReason)
    }

    /// Whether the status reports a failure (`CREATE_FAILED`, `UPDATE_FAILED`, `DELETE_FAILED`, …).
    public var isFailure: Bool { status.hasSuffix("_FAILED") }
}
