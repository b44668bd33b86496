import RempartModel
import RempartTemplate

/// Reads CloudTrail trails and their event selectors.
enum CloudTrailAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::CloudTrail::Trail").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            var trail = CloudTrailTrail(address: address(of: resource, in: template))
            trail.name = reader.optionalString("TrailName")
            trail.isMultiRegion = reader.bool("IsMultiRegionTrail", default: false)
            trail.isLogFileValidationEnabled = reader.bool("EnableLogFileValidation", default: false)
            // CloudFormation names the property `KMSKeyId`; trivy reads `KmsKeyId`, so both are accepted.
            trail.kmsKeyID =
                reader.has("KMSKeyId") ? reader.optionalIdentifier("KMSKeyId") : reader.optionalIdentifier("KmsKeyId")
            trail.cloudWatchLogsLogGroupARN = reader.optionalIdentifier("CloudWatchLogsLogGroupArn")
            trail.s3Bucket = reader.optionalIdentifier("S3BucketName")
            trail.isLogging = reader.optionalBool("IsLogging")
            trail.isOrganizationTrail = reader.bool("IsOrganizationTrail", default: false)
            trail.hasAdvancedEventSelectors = reader.has("AdvancedEventSelectors")
            if case .known(let selectors) = reader.elements("EventSelectors").state {
                trail.eventSelectors = selectors.map(eventSelector)
            }
            return trail
        }
    }

    private static func eventSelector(_ reader: PropertyReader) -> CloudTrailEventSelector {
        var dataResources: [CloudTrailEventSelector.DataResource] = []
        if case .known(let entries) = reader.elements("DataResources").state {
            dataResources = entries.map { entry in
                CloudTrailEventSelector.DataResource(
                    type: entry.optionalString("Type"), values: entry.identifiers("Values") ?? [])
            }
        }
        return CloudTrailEventSelector(
            readWriteType: reader.string("ReadWriteType", default: "All"),
            includesManagementEvents: reader.bool("IncludeManagementEvents", default: true),
            dataResources: dataResources, origin: reader.origin)
    }
}
