import RempartModel
import RempartSupport

/// S3 buckets must not let everyone write through the `PublicReadWrite` canned ACL.
///
/// checkov's CKV_AWS_57 checks public write access alone, while AVD-AWS-0092 reports every
/// public ACL, so a `PublicRead` bucket fails AVD-AWS-0092 but passes this rule.
struct BucketACLDeniesPublicWrite: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0235",
        aliases: ["CKV_AWS_57"],
        slug: "s3-no-public-write-acl",
        service: "s3",
        severity: .critical,
        title: LocalizedText(
            "S3 buckets do not grant write access to everyone",
            fr: "Les compartiments S3 n'accordent pas l'accès en écriture à tous"),
        rationale: LocalizedText(
            "With the `PublicReadWrite` canned ACL anyone on the internet can add, overwrite and delete objects, so the bucket can serve malware or lose its data.",
            fr: "Avec la liste ACL prédéfinie `PublicReadWrite`, n'importe qui sur Internet peut ajouter, écraser et supprimer des objets : le compartiment peut alors servir des logiciels malveillants ou perdre ses données."),
        remediation: LocalizedText(
            "Remove `AccessControl: PublicReadWrite` (or set it to `Private`) and set `OwnershipControls` to `BucketOwnerEnforced` to disable ACLs.",
            fr: "Retirez `AccessControl: PublicReadWrite` (ou réglez-le à `Private`) et réglez `OwnershipControls` à `BucketOwnerEnforced` pour désactiver les listes ACL."),
        links: [
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucket.html",
        ],
        limitations: LocalizedText(
            "checkov fails `PublicReadWrite` even when the public access block sets `BlockPublicAcls` or `IgnorePublicAcls`; Rempart passes those buckets, because S3 then rejects or ignores the public ACL.",
            fr: "checkov fait échouer `PublicReadWrite` même quand le blocage de l'accès public règle `BlockPublicAcls` ou `IgnorePublicAcls` ; Rempart laisse passer ces compartiments, car S3 rejette ou ignore alors la liste ACL publique."),
        resourceTypes: ["AWS::S3::Bucket"],
        goodExamples: [
            .init(
                """
                Resources:
                  AssetsBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: PublicRead
                  UploadsBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: PublicReadWrite
                      PublicAccessBlockConfiguration:
                        BlockPublicAcls: true
                        IgnorePublicAcls: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  UploadsBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: ↓PublicReadWrite
                      PublicAccessBlockConfiguration:
                        BlockPublicPolicy: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for bucket in state.all(S3Bucket.self) {
            let grantsPublicWrite = Decision(bucket.acl) { $0 == "public-read-write" }
            let blocked: Decision
            if let block = bucket.publicAccessBlock {
                blocked = Decision(block.blockPublicACLs) { $0 } || Decision(block.ignorePublicACLs) { $0 }
            } else {
                blocked = .no
            }
            results.record((grantsPublicWrite && blocked.negated).negated, for: bucket.address, at: bucket.acl.origin)
        }
        return results.results
    }
}
