import RempartModel
import RempartSupport

/// The check shared by the four public access block rules: the bucket must have a
/// `PublicAccessBlockConfiguration` whose given flag is true.
struct PublicAccessBlockCheck {
    /// The flag the rule requires.
    let flag: KeyPath<S3PublicAccessBlock, Resolved<Bool>>
    /// The CloudFormation name of the flag, for the detail.
    let propertyName: String

    /// Returns one verdict per bucket: a failure at the bucket when the block is missing, at
    /// the flag (or the block, when the flag is absent) when it is false.
    func evaluate(_ state: AWSState, ruleID: String) -> [CheckResult] {
        var results = ResultBuilder(ruleID)
        for bucket in state.all(S3Bucket.self) {
            guard let block = bucket.publicAccessBlock else {
                results.fail(
                    bucket.address, at: bucket.address.origin,
                    detail: LocalizedText(
                        "no PublicAccessBlockConfiguration", fr: "aucune PublicAccessBlockConfiguration"))
                continue
            }
            let value = block[keyPath: flag]
            results.record(
                Decision(value) { $0 }, for: bucket.address, at: value.origin,
                detail: LocalizedText("\(propertyName) is not true", fr: "\(propertyName) ne vaut pas true"))
        }
        return results.results
    }
}
