import Foundation

/// The wire protocols of the services Rempart calls; each decides content type, encoding and
/// error decoding.
///
/// See https://smithy.io/2.0/aws/protocols/index.html for the protocol definitions.
public enum AWSProtocol: Sendable, Equatable {
    /// EC2's query dialect: form-encoded `Action` and `Version`, lists as `Name.N`, XML responses
    /// with `item` lists and errors in `<Response><Errors><Error>`.
    case ec2(version: String)
    /// The query protocol (IAM, STS, CloudFormation, CloudWatch): lists as `Name.member.N`, maps as
    /// `Name.entry.N.key`, errors in `<ErrorResponse><Error>`.
    case query(version: String)
    /// REST with XML bodies (S3): the operation is in the method, path and query; errors in `<Error>`.
    case restXML
    /// JSON over POST with `X-Amz-Target: prefix.Operation` (KMS, CloudTrail, SSM); errors carry `__type`.
    case json(version: String, targetPrefix: String)

    /// The `Content-Type` of request bodies.
    public var contentType: String {
        switch self {
        case .ec2, .query: return "application/x-www-form-urlencoded; charset=utf-8"
        case .restXML: return "application/xml"
        case .json(let version, _): return "application/x-amz-json-\(version)"
        }
    }

    // MARK: - Query encoding

    /// Flattens `Action`, `Version` and `parameters` to form pairs, in the order given.
    ///
    /// - Parameters:
    ///   - action: The operation name, such as `DescribeVpcs`.
    ///   - parameters: The request members.
    /// - Returns: The pairs to send, `Action` and `Version` first.
    public func queryItems(action: String, parameters: [(String, QueryValue)]) -> [QueryItem] {
        var items = [QueryItem("Action", action)]
        switch self {
        case .ec2(let version), .query(let version): items.append(QueryItem("Version", version))
        case .restXML, .json: break
        }
        for (name, value) in parameters {
            flatten(value, prefix: name, into: &items)
        }
        return items
    }

    private func flatten(_ value: QueryValue, prefix: String, into items: inout [QueryItem]) {
        switch value {
        case .string(let string):
            items.append(QueryItem(prefix, string))
        case .list(let elements):
            let listPrefix = self == .ec2(version: version) ? prefix : "\(prefix).member"
            for (index, element) in elements.enumerated() {
                flatten(element, prefix: "\(listPrefix).\(index + 1)", into: &items)
            }
        case .structure(let members):
            for (name, member) in members {
                flatten(member, prefix: "\(prefix).\(name)", into: &items)
            }
        case .map(let entries):
            for (index, entry) in entries.enumerated() {
                items.append(QueryItem("\(prefix).entry.\(index + 1).key", entry.0))
                items.append(QueryItem("\(prefix).entry.\(index + 1).value", entry.1))
            }
        }
    }

    private var version: String {
        switch self {
        case .ec2(let version), .query(let version), .json(let version, _): return version
        case .restXML: return ""
        }
    }

    // MARK: - Error decoding

    /// Reads the AWS error in a failed response, or nil when the body is not an AWS error body of
    /// this protocol (an HTML page from a proxy or an emulator, an empty body).
    ///
    /// - Parameter response: The response with a status of 300 or more.
    /// - Returns: The error code, message and request ID.
    public func errorDetails(in response: HTTPResponse) -> (code: String, message: String, requestID: String?)? {
        let headerRequestID =
            response.headers.value(for: "x-amzn-RequestId") ?? response.headers.value(for: "x-amz-request-id")
        switch self {
        case .json:
            guard let body = try? JSONDecoder().decode(JSONValue.self, from: response.body),
                let type = body["__type"]?.stringValue ?? response.headers.value(for: "x-amzn-ErrorType")
            else { return nil }
            // `__type` may carry a namespace (`com.amazonaws.kms#NotFoundException`) or a URL suffix.
            let code = String(type.split(separator: "#").last ?? Substring(type)).components(separatedBy: ":")[0]
            let message = body["message"]?.stringValue ?? body["Message"]?.stringValue ?? ""
            return (code, message, headerRequestID)
        case .ec2, .query, .restXML:
            guard let root = XMLNode.parse(response.body) else { return nil }
            let error: XMLNode?
            switch root.name {
            case "Response": error = root.node(at: "Errors/Error")
            case "ErrorResponse": error = root.child("Error")
            case "Error": error = root
            default: error = nil
            }
            guard let error, let code = error.string("Code") else { return nil }
            let requestID =
                root.string("RequestID") ?? root.string("RequestId") ?? error.string("RequestId") ?? headerRequestID
            return (code, error.string("Message") ?? "", requestID)
        }
    }
}
