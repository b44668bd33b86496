import Foundation
import RempartAWS

/// Calls the typed service clients do not offer: bucket creation with ACL and ownership headers, bucket tagging
/// and lifecycle, and tagged alarms.
extension AWSServices {
    /// Creates a bucket with an optional canned ACL (`x-amz-acl`, such as `log-delivery-write`) and object
    /// ownership (`x-amz-object-ownership`) (`CreateBucket`).
    func createBucket(_ name: String, cannedACL: String?, objectOwnership: String?) async throws {
        var body = Data()
        if region != "us-east-1" {
            let document = XMLWriter.element("CreateBucketConfiguration", [.text("LocationConstraint", region)])
            body = Data(document.document().utf8)
        }
        var headers: [HTTPHeader] = []
        if let cannedACL { headers.append(HTTPHeader("x-amz-acl", cannedACL)) }
        if let objectOwnership { headers.append(HTTPHeader("x-amz-object-ownership", objectOwnership)) }
        _ = try await client.send(
            service: .s3, operation: "CreateBucket", method: "PUT", path: "/" + URIEncoding.encode(name),
            headers: headers, body: body)
    }

    /// Replaces a bucket's lifecycle rules with `document`, a `LifecycleConfiguration` element
    /// (`PutBucketLifecycleConfiguration`).
    func putBucketLifecycle(_ bucket: String, _ document: XMLWriter) async throws {
        let body = Data(document.document().utf8)
        _ = try await client.send(
            service: .s3, operation: "PutBucketLifecycleConfiguration", method: "PUT",
            path: "/" + URIEncoding.encode(bucket), query: [QueryItem("lifecycle")],
            headers: [HTTPHeader("Content-MD5", Crypto.md5(body).base64EncodedString())], body: body)
    }

    /// Replaces a bucket's tags (`PutBucketTagging`).
    func putBucketTagging(_ bucket: String, tags: [String: String]) async throws {
        let tagSet = tags.keys.sorted().map { key in
            XMLWriter.element("Tag", [.text("Key", key), .text("Value", tags[key] ?? "")])
        }
        let body = Data(XMLWriter.element("Tagging", [.element("TagSet", tagSet)]).document().utf8)
        _ = try await client.send(
            service: .s3, operation: "PutBucketTagging", method: "PUT", path: "/" + URIEncoding.encode(bucket),
            query: [QueryItem("tagging")], headers: [HTTPHeader("Content-MD5", Crypto.md5(body).base64EncodedString())],
            body: body)
    }

    /// Returns a bucket's tags, empty when it has none (`GetBucketTagging`).
    public func bucketTags(_ bucket: String) async throws -> [String: String] {
        do {
            let response = try await client.send(
                service: .s3, operation: "GetBucketTagging", method: "GET", path: "/" + URIEncoding.encode(bucket),
                query: [QueryItem("tagging")])
            let root = try client.xml(response, service: .s3, operation: "GetBucketTagging")
            var tags: [String: String] = [:]
            for tag in root.list("TagSet", element: "Tag") {
                tags[tag.string("Key") ?? ""] = tag.string("Value") ?? ""
            }
            return tags
        } catch let error as AWSError where error.code == "NoSuchTagSet" {
            return [:]
        }
    }

    /// Creates or replaces an alarm with tags (`PutMetricAlarm`).
    func putMetricAlarm(_ alarm: CloudWatch.MetricAlarm, tags: [String: String]) async throws {
        var parameters: [(String, QueryValue)] = [
            ("AlarmName", .string(alarm.name)), ("Namespace", .string(alarm.namespace)),
            ("MetricName", .string(alarm.metricName)), ("Statistic", .string(alarm.statistic)),
            ("Period", .int(alarm.period)), ("EvaluationPeriods", .int(alarm.evaluationPeriods)),
            ("Threshold", .string(String(Int(alarm.threshold)))),
            ("ComparisonOperator", .string(alarm.comparisonOperator)),
            ("TreatMissingData", "notBreaching"),
        ]
        let dimensions = alarm.dimensions.keys.sorted().map {
            QueryValue.structure([("Name", .string($0)), ("Value", .string(alarm.dimensions[$0] ?? ""))])
        }
        parameters.append(("Dimensions", .list(dimensions)))
        if let datapoints = alarm.datapointsToAlarm { parameters.append(("DatapointsToAlarm", .int(datapoints))) }
        if let description = alarm.description { parameters.append(("AlarmDescription", .string(description))) }
        let tagList = tags.keys.sorted().map {
            QueryValue.structure([("Key", .string($0)), ("Value", .string(tags[$0] ?? ""))])
        }
        parameters.append(("Tags", .list(tagList)))
        _ = try await client.query(.cloudWatch, "PutMetricAlarm", parameters)
    }
}
