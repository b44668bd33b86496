import Foundation
import RempartModel

/// Parses the JSON policy documents that AWS returns (bucket, key, role and trust policies).
///
/// Policies read from an account are plain JSON with nothing left to resolve, so every value
/// is known. A `Statement`, `Action`, `Resource` or principal may be a single value or a
/// list, as in templates.
enum LivePolicyParser {
    /// Returns the document in `text`, or nil when it is not a JSON object.
    static func document(_ text: String, at origin: Origin) -> PolicyDocument? {
        guard let object = json(text) else { return nil }
        let statements = list(object["Statement"]).compactMap { $0 as? [String: Any] }.map { statement($0, at: origin) }
        return PolicyDocument(version: object["Version"] as? String, statements: statements, origin: origin)
    }

    /// Returns the statements of a bucket policy in the reduced form the S3 rules read.
    static func bucketStatements(_ text: String, at origin: Origin) -> [S3PolicyStatement]? {
        guard let document = document(text, at: origin) else { return nil }
        return document.statements.map { statement in
            var awsPrincipals = statement.principal?.values(of: "AWS") ?? []
            if statement.principal?.isBareWildcard == true { awsPrincipals = ["*"] }
            return S3PolicyStatement(
                origin: origin, effect: .explicit(statement.effect ?? "", at: origin),
                servicePrincipals: statement.principal?.values(of: "Service") ?? [], awsPrincipals: awsPrincipals,
                actions: statement.actions.values, hasCondition: statement.hasConditions,
                resources: statement.resources.values, conditions: statement.conditions)
        }
    }

    // MARK: - Statements

    private static func statement(_ object: [String: Any], at origin: Origin) -> PolicyStatement {
        var conditions: [PolicyCondition] = []
        for (operatorName, keys) in (object["Condition"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            for (key, values) in (keys as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
                conditions.append(PolicyCondition(operator: operatorName, key: key, values: valueList(values, at: origin)))
            }
        }
        return PolicyStatement(
            sid: object["Sid"] as? String, effect: object["Effect"] as? String,
            actions: valueList(object["Action"], at: origin), notActions: valueList(object["NotAction"], at: origin),
            resources: valueList(object["Resource"], at: origin),
            notResources: valueList(object["NotResource"], at: origin),
            principal: principal(object["Principal"], at: origin),
            notPrincipal: principal(object["NotPrincipal"], at: origin), conditions: conditions, origin: origin)
    }

    private static func principal(_ value: Any?, at origin: Origin) -> PolicyPrincipal? {
        guard let value else { return nil }
        if let text = value as? String { return PolicyPrincipal(isBareWildcard: text == "*", origin: origin) }
        let entries = (value as? [String: Any] ?? [:]).sorted { $0.key < $1.key }.map { kind, values in
            PolicyPrincipal.Entry(kind: kind, values: valueList(values, at: origin))
        }
        return PolicyPrincipal(isBareWildcard: false, entries: entries, origin: origin)
    }

    private static func valueList(_ value: Any?, at origin: Origin) -> PolicyValueList {
        guard let value else { return .absent }
        let values = list(value).map { element -> String in
            if let text = element as? String { return text }
            if let flag = element as? Bool { return flag ? "true" : "false" }
            return "\(element)"
        }
        return PolicyValueList(values: values, isScalar: !(value is [Any]), origin: origin)
    }

    private static func list(_ value: Any?) -> [Any] {
        guard let value else { return [] }
        return value as? [Any] ?? [value]
    }

    private static func json(_ text: String) -> [String: Any]? {
        guard let data = text.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}
