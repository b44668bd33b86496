import Foundation

/// Typed CloudFormation operations (query protocol, API version 2010-05-15).
///
/// Result types are in `CloudFormation+Types.swift`.
public struct CloudFormation: Sendable {
    /// The client that signs and sends calls.
    public var client: AWSClient

    /// Creates the CloudFormation client.
    public init(client: AWSClient) {
        self.client = client
    }

    /// Calls `action` and returns its `<ActionResult>` element.
    public func call(_ action: String, _ parameters: [(String, QueryValue)] = []) async throws -> XMLNode {
        try await client.query(.cloudFormation, action, parameters).result(of: action)
    }

    private func pages(_ action: String, _ parameters: [(String, QueryValue)], list path: String) async throws
        -> [XMLNode]
    {
        try await client.paginate { token in
            var page = parameters
            if let token { page.append(("NextToken", .string(token))) }
            let result = try await call(action, page)
            return (result.list(path), result.string("NextToken"))
        }
    }

    private func stackParameters(
        name: String, templateBody: String, parameters: [String: String], capabilities: [String], tags: [String: String]
    ) -> [(String, QueryValue)] {
        var members: [(String, QueryValue)] = [("StackName", .string(name)), ("TemplateBody", .string(templateBody))]
        if !parameters.isEmpty {
            members.append(
                (
                    "Parameters",
                    .list(
                        parameters.keys.sorted().map {
                            .structure([
                                ("ParameterKey", .string($0)), ("ParameterValue", .string(parameters[$0] ?? "")),
                            ])
                        })
                ))
        }
        if !capabilities.isEmpty { members.append(("Capabilities", .list(capabilities.map { .string($0) }))) }
        if !tags.isEmpty { members.append(("Tags", EC2.tagList(tags))) }
        return members
    }

    // MARK: - Stacks

    /// Creates a stack and returns its ID (`CreateStack`).
    public func createStack(
        name: String, templateBody: String, parameters: [String: String] = [:], capabilities: [String] = [],
        tags: [String: String] = [:]
    ) async throws -> String {
        let result = try await call(
            "CreateStack",
            stackParameters(
                name: name, templateBody: templateBody, parameters: parameters, capabilities: capabilities, tags: tags))
        return result.string("StackId") ?? ""
    }

    /// Updates a stack and returns its ID (`UpdateStack`); AWS returns `ValidationError` "No updates
    /// are to be performed" when nothing changes.
    public func updateStack(
        name: String, templateBody: String, parameters: [String: String] = [:], capabilities: [String] = [],
        tags: [String: String] = [:]
    ) async throws -> String {
        let result = try await call(
            "UpdateStack",
            stackParameters(
                name: name, templateBody: templateBody, parameters: parameters, capabilities: capabilities, tags: tags))
        return result.string("StackId") ?? ""
    }

    /// Deletes a stack (`DeleteStack`).
    public func deleteStack(name: String) async throws {
        _ = try await call("DeleteStack", [("StackName", .string(name))])
    }

    /// Describes one stack, or every stack when `name` is nil (`DescribeStacks`).
    public func describeStacks(name: String? = nil) async throws -> [Stack] {
        try await pages("DescribeStacks", name.map { [("StackName", .string($0))] } ?? [], list: "Stacks").map(
            Stack.init)
    }

    /// Lists a stack's events, newest first (`DescribeStackEvents`).
    public func describeStackEvents(name: String) async throws -> [StackEvent] {
        try await pages("DescribeStackEvents", [("StackName", .string(name))], list: "StackEvents").map(StackEvent.init)
    }

    /// Lists a stack's resources (`DescribeStackResources`).
    public func describeStackResources(name: String) async throws -> [StackResource] {
        let result = try await call("DescribeStackResources", [("StackName", .string(name))])
        return result.list("StackResources").map(StackResource.init)
    }

    /// Lists the exports of every stack in the region (`ListExports`).
    public func listExports() async throws -> [Export] {
        try await pages("ListExports", [], list: "Exports").map {
            Export(
                name: $0.string("Name") ?? "", value: $0.string("Value") ?? "",
                exportingStackID: $0.string("ExportingStackId") ?? "")
        }
    }

    // MARK: - Change sets

    /// Creates a change set (`CreateChangeSet`); `type` is `CREATE` for a new stack, else `UPDATE`.
    public func createChangeSet(
        stackName: String, name: String, templateBody: String, type: String = "UPDATE",
        parameters: [String: String] = [:],
        capabilities: [String] = []
    ) async throws -> (id: String, stackID: String) {
        var members = stackParameters(
            name: stackName, templateBody: templateBody, parameters: parameters, capabilities: capabilities, tags: [:])
        members += [("ChangeSetName", .string(name)), ("ChangeSetType", .string(type))]
        let result = try await call("CreateChangeSet", members)
        return (result.string("Id") ?? "", result.string("StackId") ?? "")
    }

    /// Describes a change set and its changes (`DescribeChangeSet`).
    public func describeChangeSet(stackName: String, name: String) async throws -> ChangeSet {
        ChangeSet(
            try await call("DescribeChangeSet", [("StackName", .string(stackName)), ("ChangeSetName", .string(name))]))
    }

    /// Executes a change set (`ExecuteChangeSet`).
    public func executeChangeSet(stackName: String, name: String) async throws {
        _ = try await call("ExecuteChangeSet", [("StackName", .string(stackName)), ("ChangeSetName", .string(name))])
    }

    /// Deletes a change set (`DeleteChangeSet`).
    public func deleteChangeSet(stackName: String, name: String) async throws {
        _ = try await call("DeleteChangeSet", [("StackName", .string(stackName)), ("ChangeSetName", .string(name))])
    }
}
