import Foundation

extension CloudFormation {
    /// A stack.
    public struct Stack: Sendable, Equatable {
        /// One stack output.
        public struct Output: Sendable, Equatable {
            /// The `OutputKey` element of the response.
            public var key: String
            /// The `OutputValue` element of the response.
            public var value: String
            /// The `ExportName` element of the response.
            public var exportName: String?
        }

        /// The `StackName` element of the response.
        public var name: String
        /// The `StackId` element of the response.
        public var id: String
        /// `CREATE_COMPLETE`, `ROLLBACK_COMPLETE`, …
        public var status: String
        /// The `StackStatusReason` element of the response.
        public var statusReason: String?
        /// The `Description` element of the response.
        public var description: String?
        public var parameters: [String: String]
        /// The `Outputs` element of the response.
        public var outputs: [Output]
        /// The `CreationTime` element of the response.
        public var creationTime: Date?

        init(_ node: XMLNode) {
            name = node.string("StackName") ?? ""
            id = node.string("StackId") ?? ""
            status = node.string("StackStatus") ?? ""
            statusReason = node.string("StackStatusReason")
            description = node.string("Description")
            var parameters: [String: String] = [:]
            for parameter in node.list("Parameters") {
                parameters[parameter.string("ParameterKey") ?? ""] = parameter.string("ParameterValue") ?? ""
            }
            self.parameters = parameters
            outputs = node.list("Outputs").map {
                Output(
                    key: $0.string("OutputKey") ?? "", value: $0.string("OutputValue") ?? "",
                    exportName: $0.string("ExportName"))
            }
            creationTime = AWSTimestamp.parse(node.string("CreationTime"))
        }
    }

    /// One stack event.
    public struct StackEvent: Sendable, Equatable {
        /// The `EventId` element of the response.
        public var id: String
        /// The `Timestamp` element of the response.
        public var timestamp: Date?
        /// The `LogicalResourceId` element of the response.
        public var logicalResourceID: String
        /// The `PhysicalResourceId` element of the response.
        public var physicalResourceID: String?
        /// The `ResourceType` element of the response.
        public var resourceType: String
        /// The `ResourceStatus` element of the response.
        public var resourceStatus: String
        /// The `ResourceStatusReason` element of the response.
        public var resourceStatusReason: String?
        /// Such as `CONFIGURATION_COMPLETE`; AWS sends it for some resources only.
        public var detailedStatus: String?

        init(_ node: XMLNode) {
            id = node.string("EventId") ?? ""
            timestamp = AWSTimestamp.parse(node.string("Timestamp"))
            logicalResourceID = node.string("LogicalResourceId") ?? ""
            physicalResourceID = node.string("PhysicalResourceId")
            resourceType = node.string("ResourceType") ?? ""
            resourceStatus = node.string("ResourceStatus") ?? ""
            resourceStatusReason = node.string("ResourceStatusReason")
            detailedStatus = node.string("DetailedStatus")
        }
    }

    /// One resource of a stack.
    public struct StackResource: Sendable, Equatable {
        /// The `LogicalResourceId` element of the response.
        public var logicalID: String
        /// The `PhysicalResourceId` element of the response.
        public var physicalID: String?
        /// The `ResourceType` element of the response.
        public var resourceType: String
        /// The `ResourceStatus` element of the response.
        public var status: String

        init(_ node: XMLNode) {
            logicalID = node.string("LogicalResourceId") ?? ""
            physicalID = node.string("PhysicalResourceId")
            resourceType = node.string("ResourceType") ?? ""
            status = node.string("ResourceStatus") ?? ""
        }
    }

    /// One export.
    public struct Export: Sendable, Equatable {
        /// The `ChangeSetName` element of the response.
        public var name: String
        public var value: String
        public var exportingStackID: String
    }

    /// A change set and its resource changes.
    public struct ChangeSet: Sendable, Equatable {
        /// One resource change.
        public struct Change: Sendable, Equatable {
            /// `Add`, `Modify`, `Remove`, …
            public var action: String
            /// The `LogicalResourceId` element of the response.
            public var logicalResourceID: String
            /// The `ResourceType` element of the response.
            public var resourceType: String
            /// `True`, `False` or `Conditional`, for modifications.
            public var replacement: String?
        }

        /// The `ChangeSetId` element of the response.
        public var id: String
        /// The `ChangeSetName` element of the response.
        public var name: String
        /// The `StackId` element of the response.
        public var stackID: String
        /// `CREATE_COMPLETE`, `FAILED`, …
        public var status: String
        /// The `StatusReason` element of the response.
        public var statusReason: String?
        /// `AVAILABLE`, `EXECUTE_COMPLETE`, …
        public var executionStatus: String?
        /// The `Changes` element of the response.
        public var changes: [Change]

        init(_ node: XMLNode) {
            id = node.string("ChangeSetId") ?? ""
            name = node.string("ChangeSetName") ?? ""
            stackID = node.string("StackId") ?? ""
            status = node.string("Status") ?? ""
            statusReason = node.string("StatusReason")
            executionStatus = node.string("ExecutionStatus")
            changes = node.list("Changes").compactMap { change in
                guard let resource = change.child("ResourceChange") else { return nil }
                return Change(
                    action: resource.string("Action") ?? "",
                    logicalResourceID: resource.string("LogicalResourceId") ?? "",
                    resourceType: resource.string("ResourceType") ?? "", replacement: resource.string("Replacement"))
            }
        }
    }
}
