import RempartModel
import RempartSupport

/// The bucket that receives a trail's logs must not be readable through a public ACL.
///
/// The verdict is reported on the trail and points at the bucket's `AccessControl`.
struct CloudTrailBucketIsPrivate: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0161",
        slug: "cloudtrail-no-public-log-access",
        service: "cloudtrail",
        severity: .critical,
        title: LocalizedText(
            "The CloudTrail log bucket is not public",
            fr: "Le compartiment des journaux CloudTrail n'est pas public"),
        rationale: LocalizedText(
            "CloudTrail logs describe every API call of the account; a public-read or authenticated-read bucket hands that map to anyone.",
            fr: "Les journaux CloudTrail décrivent chaque appel d'API du compte ; un compartiment en lecture publique ou authentifiée livre cette carte à n'importe qui."),
        remediation: LocalizedText(
            "Set `AccessControl: Private` (or remove it) on the `AWS::S3::Bucket` named by the trail's `S3BucketName`, and block public access.",
            fr: "Définissez `AccessControl: Private` (ou retirez-le) sur le `AWS::S3::Bucket` nommé par `S3BucketName`, et bloquez l'accès public."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudtrail/avd-aws-0161/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html",
        ],
        limitations: LocalizedText(
            "A trail whose bucket is not in the scanned templates is reported as unknown; trivy passes it.",
            fr: "Un journal de suivi dont le compartiment n'est pas dans les modèles analysés est déclaré inconnu ; trivy le laisse passer."),
        resourceTypes: ["AWS::CloudTrail::Trail", "AWS::S3::Bucket"],
        goodExamples: [
            .init(
                """
                Resources:
                  LogBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: Private
                      BucketName: audit-logs
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: audit-logs
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  LogBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: ↓AuthenticatedRead
                      BucketName: audit-logs
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: audit-logs
                """)
        ],
        frameworks: ["cis-aws-1.2", "cis-aws-1.4", "default"])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        evaluateBuckets(state) { bucket in
            // Canned ACLs compared without case or dashes: `PublicRead` and `public-read` are the same.
            let publicACLs: Set<String> = ["publicread", "publicreadwrite", "authenticatedread"]
            return (Decision(bucket.acl) { !publicACLs.contains(String($0.lowercased().filter { $0 != "-" })) }, bucket.acl.origin)
        }
    }

    /// Returns one verdict per trail whose bucket is in the scan, deciding with `check`.
    private func evaluateBuckets(_ state: AWSState, check: (S3Bucket) -> (Decision, Origin)) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for trail in state.all(CloudTrailTrail.self) {
            switch S3BucketLookup.bucket(trail.s3Bucket, in: state) {
            case nil:
                continue
            case .unknown(let reason):
                results.unknown(trail.address, reason: reason, at: trail.s3Bucket.origin)
            case .notInScan(let name):
                results.unknown(trail.address, reason: "bucket '\(name)' is not in the scan", at: trail.s3Bucket.origin)
            case .found(let bucket):
                let (decision, origin) = check(bucket)
                results.record(decision, for: trail.address, at: origin)
            }
        }
        return results.results
    }
}
