import RempartModel
import RempartSupport

/// The check shared by the object-level read and write logging rules: a CloudTrail trail of
/// the state must log S3 data events for the bucket.
///
/// A selector covers a bucket when its `ReadWriteType` includes the access kind and one of its
/// `AWS::S3::Object` data resources is `arn:aws:s3` (every bucket), `arn:aws:s3:::NAME/` for
/// the bucket's name, or a link to the bucket itself.
struct ObjectLevelLogging {
    /// The `ReadWriteType` that leaves out the access kind the rule requires.
    let excludedType: String

    /// Returns one verdict per bucket: passed when a trail logs its objects, unknown when a
    /// selector, trail state or name cannot be known, failed (at the bucket) otherwise.
    func evaluate(_ state: AWSState, ruleID: String) -> [CheckResult] {
        var results = ResultBuilder(ruleID)
        let trails = state.all(CloudTrailTrail.self).filter { $0.isLogging.value != .some(false) }
        for bucket in state.all(S3Bucket.self) {
            var decision = Decision.no
            for trail in trails {
                if trail.hasAdvancedEventSelectors {
                    decision = decision || .unknown("trail \(trail.address.name) uses advanced event selectors")
                }
                for selector in trail.eventSelectors {
                    decision = decision || covers(selector, bucket)
                }
            }
            results.record(decision, for: bucket.address, at: bucket.address.origin)
        }
        return results.results
    }

    private func covers(_ selector: CloudTrailEventSelector, _ bucket: S3Bucket) -> Decision {
        let includesKind = Decision(selector.readWriteType) { $0 != excludedType }
        let objects = selector.dataResources.filter { $0.type.value == .some("AWS::S3::Object") }
        let matches = Decision.any(objects.flatMap(\.values)) { value in
            Decision(value) { names($0, bucket) } || undecidedName(value, bucket)
        }
        return includesKind && matches
    }

    private func names(_ identifier: Identifier, _ bucket: S3Bucket) -> Bool {
        switch identifier {
        case .resource(let link):
            return link.file == bucket.address.file && link.logicalID == bucket.address.name
        case .literal(let text):
            if text == "arn:aws:s3" || text == "arn:aws:s3:::" { return true }
            guard let name = bucket.name?.value else { return false }
            return text == "arn:aws:s3:::\(name)/"
        }
    }

    /// Unknown when the value names one bucket but this bucket's name cannot be known.
    private func undecidedName(_ value: Resolved<Identifier>, _ bucket: S3Bucket) -> Decision {
        guard case .literal(let text)? = value.value, text.hasPrefix("arn:aws:s3:::"), text.count > 13,
            let name = bucket.name, name.value == nil
        else { return .no }
        return .unknown("the name of bucket \(bucket.address.name) cannot be known")
    }
}
