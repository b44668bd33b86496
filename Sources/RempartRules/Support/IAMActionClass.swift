import RempartModel

/// Sorts IAM actions into the risk classes of identity-policy checks: write, permissions
/// management and credentials exposure.
///
/// AWS publishes an access level for every action; Rempart does not ship that table, so the
/// class is read from the action name: its verb (`Put`, `Create`, `Delete`, …) and the thing it
/// acts on (`Policy`, `Acl`, `Password`, …). A pattern with wildcards belongs to a class when
/// some action it can match does.
enum IAMActionClass {
    case write
    case permissionsManagement
    case credentialsExposure

    /// Verbs that start the names of actions which change resources.
    private static let writeVerbs = [
        "Accept", "Add", "Associate", "Attach", "Authorize", "Batch", "Cancel", "Change", "Copy", "Create",
        "Deactivate", "Delete", "Deregister", "Detach", "Disable", "Disassociate", "Enable", "Import", "Invoke",
        "Modify", "Pass", "Publish", "Purge", "Put", "Reboot", "Register", "Reject", "Remove", "Replace", "Reset",
        "Restore", "Revoke", "Rotate", "Run", "Send", "Set", "Start", "Stop", "Terminate", "Update", "Upload",
    ]

    /// Words in action names that mark changes to who may do what.
    private static let permissionWords = [
        "AccessKey", "Acl", "Grant", "LoginProfile", "Password", "Permission", "Policy", "PublicAccessBlock",
        "ServiceSpecificCredential",
    ]

    /// Actions that return credentials or create them, in lower case.
    private static let credentialActions: Set<String> = [
        "cognito-identity:getcredentialsforidentity", "cognito-identity:getopenidtoken",
        "cognito-identity:getopenidtokenfordeveloperidentity", "connect:getfederationtoken", "ec2:getpassworddata",
        "gamelift:requestuploadcredentials", "iam:createaccesskey", "iam:createloginprofile",
        "iam:createservicespecificcredential", "iam:resetservicespecificcredential", "iam:updateaccesskey",
        "iam:updateloginprofile", "lightsail:getinstanceaccessdetails",
        "lightsail:getrelationaldatabasemasteruserpassword", "redshift:getclustercredentials",
        "sso:getrolecredentials", "sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity",
        "sts:getfederationtoken", "sts:getsessiontoken",
    ]

    /// Returns whether the action or pattern `action` can grant an action of this class.
    func includes(_ action: String) -> Bool {
        let parts = action.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return action == "*" }
        let (service, name) = (parts[0].lowercased(), parts[1])
        switch self {
        case .write:
            return Self.nameCanStart(name, withOneOf: Self.writeVerbs)
        case .permissionsManagement:
            guard Self.nameCanStart(name, withOneOf: Self.writeVerbs) else { return false }
            // A pattern that leaves the verb open (`*`, `*Policy`) or covers IAM writes can reach one.
            if name.hasPrefix("*") || (service == "iam" && name.hasSuffix("*")) { return true }
            return Self.permissionWords.contains { name.lowercased().contains($0.lowercased()) }
                || (service == "iam" && !name.hasPrefix("Tag") && !name.hasPrefix("Untag"))
        case .credentialsExposure:
            return Self.credentialActions.contains { PolicyPattern.matches(pattern: action, value: $0) }
        }
    }

    /// Returns whether `name`, which may contain wildcards, can begin with one of `verbs`.
    private static func nameCanStart(_ name: String, withOneOf verbs: [String]) -> Bool {
        let prefix = String(name.prefix { $0 != "*" && $0 != "?" })
        let isPattern = prefix.count < name.count
        return verbs.contains { verb in
            prefix.lowercased().hasPrefix(verb.lowercased()) || (isPattern && verb.lowercased().hasPrefix(prefix.lowercased()))
        }
    }
}
