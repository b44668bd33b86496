import RempartModel
import RempartSupport

/// S3 buckets must not grant access to everyone through a canned ACL.
///
/// Reads `AccessControl`. `PublicRead`, `PublicReadWrite`, `AuthenticatedRead` (every AWS
/// account) and `website` fail unless the public access block blocks or ignores public ACLs.
/// Without a public access block they always fail.
struct BucketHasNoPublicACL: Rule {
    /// The canned ACLs that grant access beyond the owner, as trivy lists them.
    static let publicACLs: Set<String> = ["public-read", "public-read-write", "website", "authenticated-read"]

    static let metadata = RuleMetadata(
        id: "AVD-AWS-0092",
        aliases: ["CKV_AWS_20"],
        slug: "no-public-access-with-acl",
        service: "s3",
        severity: .high,
        title: LocalizedText(
            "S3 buckets do not grant public access through an ACL",
            fr: "Les compartiments S3 n'accordent pas d'accès public par une liste ACL"),
        rationale: LocalizedText(
            "A public canned ACL lets anyone (or any AWS account, for AuthenticatedRead) list or read the bucket, and with PublicReadWrite also write to it.",
            fr: "Une liste ACL prédéfinie publique permet à n'importe qui (ou à tout compte AWS, pour AuthenticatedRead) de lister ou lire le compartiment, et avec PublicReadWrite d'y écrire."),
        remediation: LocalizedText(
            "Remove `AccessControl` (or set it to `Private`), set `OwnershipControls` to `BucketOwnerEnforced` to disable ACLs, and serve public content through CloudFront with origin access control.",
            fr: "Retirez `AccessControl` (ou réglez-le à `Private`), réglez `OwnershipControls` à `BucketOwnerEnforced` pour désactiver les listes ACL, et servez le contenu public par CloudFront avec un contrôle d'accès à l'origine."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/s3/avd-aws-0092/",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
        ],
        limitations: LocalizedText(
            "checkov's CKV_AWS_20 looks only at PublicRead and PublicReadWrite and ignores the public access block; this rule follows trivy. Public write access alone is RMP-AWS-0235 (checkov's CKV_AWS_57).",
            fr: "CKV_AWS_20 de checkov ne considère que PublicRead et PublicReadWrite et ignore le blocage de l'accès public ; cette règle suit trivy. L'accès public en écriture seul relève de RMP-AWS-0235 (CKV_AWS_57 de checkov)."),
        resourceTypes: ["AWS::S3::Bucket"],
        goodExamples: [
            .init(
                """
                Resources:
                  DataBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: Private
                  AssetsBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: PublicRead
                      PublicAccessBlockConfiguration:
                        BlockPublicAcls: true
                        IgnorePublicAcls: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  AssetsBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: ↓PublicRead
                  SharedBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: ↓AuthenticatedRead
                      PublicAccessBlockConfiguration:
                        BlockPublicPolicy: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for bucket in state.all(S3Bucket.self) {
            let isPublicACL = Decision(bucket.acl) { Self.publicACLs.contains($0) }
            let blocked: Decision
            if let block = bucket.publicAccessBlock {
                blocked = Decision(block.blockPublicACLs) { $0 } || Decision(block.ignorePublicACLs) { $0 }
            } else {
                blocked = .no
            }
            let detail = bucket.acl.value.map { LocalizedText("canned ACL '\($0)'", fr: "liste ACL prédéfinie « \($0) »") }
            results.record((isPublicACL && blocked.negated).negated, for: bucket.address, at: bucket.acl.origin, detail: detail)
        }
        return results.results
    }
}
