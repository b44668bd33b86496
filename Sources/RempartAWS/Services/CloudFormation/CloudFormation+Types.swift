import Foundation

extension CloudFormation {
    /// A stack.
    public struct Stack: Sendable, Equatable {
        /// One stack output.
        public struct Output: Sendable, Equatable {
            public var key: String
            public var value: String
            public var exportName: String?
        }

        public var name: String
        public var id: String
        /// `CREATE_COMPLETE`, `ROLLBACK_COMPLETE`, …
        public var status: String
        public var statusReason: String?
        public var description: String?
        public var parameters: [String: String]
        public var outputs: [Output]
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
        public var id: String
        public var timestamp: Date?
        public var logicalResourceID: String
        public var physicalResourceID: String?
        public var resourceType: String
        public var resourceStatus: String
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
        public var logicalID: String
        public var physicalID: String?
        public var resourceType: String
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
            public var logicalResourceID: String
            public var resourceType: String
            /// `True`, `False` or `Conditional`, for modifications.
            public var replacement: String?
        }

        public var id: String
        public var name: String
        public var stackID: String
        /// `CREATE_COMPLETE`, `FAILED`, …
        public var status: String
        public var statusReason: String?
        /// `AVAILABLE`, `EXECUTE_COMPLETE`, …
        public var executionStatus: String?
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
