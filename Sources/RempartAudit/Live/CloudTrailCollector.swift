import RempartAWS
import RempartModel

/// Reads trails with their logging status, event selectors and tags (for drift detection).
enum CloudTrailCollector: LiveCollector {
    static func collect(_ reader: LiveReader) async -> CollectedResources {
        let cloudTrail = CloudTrail(client: reader.client)
        guard let trails = await reader.read("cloudtrail", "DescribeTrails", { try await cloudTrail.describeTrails() })
        else { return CollectedResources() }
        var collected = CollectedResources()
        let read = await reader.map(trails) { trail in await Self.trail(reader, cloudTrail, trail) }
        collected.resources = read.map(\.model)
        for (model, tags) in read where !tags.isEmpty { collected.tags[model.address.name] = tags }
        return collected
    }

    private static func trail(_ reader: LiveReader, _ cloudTrail: CloudTrail, _ trail: CloudTrail.Trail) async
        -> (model: CloudTrailTrail, tags: [String: String])
    {
        let name = trail.name
        async let logging = reader.read("cloudtrail", "GetTrailStatus", resourceID: name) {
            try await cloudTrail.isLogging(trail: name)
        }
        async let selectors = reader.read("cloudtrail", "GetEventSelectors", resourceID: name) {
            try await cloudTrail.eventSelectors(trail: name)
        }
        async let tags = reader.read("cloudtrail", "ListTags", resourceID: name) { () -> [String: String] in
            guard let arn = trail.arn else { return [:] }
            return try await cloudTrail.tags(trailARN: arn)
        }

        var model = CloudTrailTrail(address: reader.address("AWS::CloudTrail::Trail", name))
        let origin = model.address.origin
        model.name = .explicit(name, at: origin)
        model.isMultiRegion = .explicit(trail.isMultiRegionTrail ?? false, at: origin)
        model.isLogFileValidationEnabled = .explicit(trail.isLogFileValidationEnabled ?? false, at: origin)
        model.kmsKeyID = .explicit(trail.kmsKeyID.map { .literal($0) }, at: origin)
        model.s3Bucket = .explicit(trail.s3BucketName.map { .literal($0) }, at: origin)
        model.cloudWatchLogsLogGroupARN = .explicit(trail.cloudWatchLogsLogGroupARN.map { .literal($0) }, at: origin)
        model.isLogging =
            await logging.map { .explicit($0, at: origin) } ?? .unresolved("GetTrailStatus failed", at: origin)
        model.eventSelectors = (await selectors ?? []).map { selector in
            CloudTrailEventSelector(
                readWriteType: .explicit(selector.readWriteType, at: origin),
                includesManagementEvents: .explicit(selector.includesManagementEvents, at: origin),
                dataResources: selector.dataResources.map { resource in
                    CloudTrailEventSelector.DataResource(
                        type: .explicit(resource.type, at: origin),
                        values: resource.values.map { .explicit(.literal($0), at: origin) })
                },
                origin: origin)
        }
        return (model, await tags ?? [:])
    }
}
