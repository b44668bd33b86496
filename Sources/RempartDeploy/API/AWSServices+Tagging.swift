import Foundation
import RempartAWS

/// Calls the typed service clients do not offer with tags: bucket tagging and ACLs, tagged alarms and trails.
extension AWSServices {
    /// Creates a bucket, with the `log-delivery-write` canned ACL when `grantsLogDelivery` is set (`CreateBucket`).
    func createBucket(_ name: String, grantsLogDelivery: Bool) async throws {
        guard grantsLogDelivery else { return try await s3.createBucket(name) }
        var body = Data()
        if region != "us-east-1" {
            let document = XMLWriter.element("CreateBucketConfiguration", [.text("LocationConstraint", region)])
            body = Data(document.document().utf8)
        }
        _ = try await client.send(
            service: .s3, operation: "CreateBucket", method: "PUT", path: "/" + URIEncoding.encode(name),
            headers: [HTTPHeader("x-amz-acl", "log-delivery-write")], body: body)
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

    /// Where a trail also delivers: its KMS key and its CloudWatch Logs group with the role that writes to it.
    struct TrailDelivery: Sendable {
        /// The ARN of the key that encrypts the log files.
        var kmsKeyID: String
        /// The ARN of the log group (ending in `:*`).
        var logGroupARN: String
        /// The ARN of the role CloudTrail assumes to write to the log group.
        var logsRoleARN: String
    }

    /// Creates a multi-region trail with log file validation and tags (`CreateTrail`), KMS-encrypted and
    /// sent to CloudWatch Logs when `delivery` is given.
    func createTrail(
        name: String, bucket: String, prefix: String, tags: [String: String], delivery: TrailDelivery? = nil
    ) async throws -> String {
        let tagList = tags.keys.sorted().map {
            JSONValue.object(["Key": .string($0), "Value": .string(tags[$0] ?? "")])
        }
        var members: [String: JSONValue] = [
            "Name": .string(name), "S3BucketName": .string(bucket), "S3KeyPrefix": .string(prefix),
            "IsMultiRegionTrail": .bool(true), "IncludeGlobalServiceEvents": .bool(true),
            "EnableLogFileValidation": .bool(true), "TagsList": .array(tagList),
        ]
        if let delivery {
            members["KmsKeyId"] = .string(delivery.kmsKeyID)
            members["CloudWatchLogsLogGroupArn"] = .string(delivery.logGroupARN)
            members["CloudWatchLogsRoleArn"] = .string(delivery.logsRoleARN)
        }
        let trail = try await client.json(.cloudTrail, "CreateTrail", .object(members), as: CloudTrail.Trail.self)
        return trail.arn ?? name
    }
}
