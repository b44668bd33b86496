import RempartModel
import RempartSupport

/// EBS volumes must be encrypted with a customer-managed KMS key.
///
/// Reads `KmsKeyId` of `AWS::EC2::Volume`. A key known only after deployment (`!Ref` to a key,
/// an import) counts as set.
struct VolumeUsesCustomerManagedKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0027",
        slug: "volume-encryption-customer-key",
        service: "ec2",
        severity: .low,
        title: LocalizedText(
            "EBS volumes use a customer-managed KMS key", fr: "Les volumes EBS utilisent une clé KMS gérée par le client"),
        rationale: LocalizedText(
            "With a customer-managed key you control who may decrypt the volume and its snapshots, can rotate or disable the key, and see every use in CloudTrail.",
            fr: "Avec une clé gérée par le client, vous décidez qui peut déchiffrer le volume et ses instantanés, pouvez faire pivoter ou désactiver la clé et voyez chaque usage dans CloudTrail."),
        remediation: LocalizedText(
            "Set `KmsKeyId` on the `AWS::EC2::Volume` to an `AWS::KMS::Key` of the stack (`!Ref`) or to a key ARN or alias.",
            fr: "Réglez `KmsKeyId` du `AWS::EC2::Volume` vers une `AWS::KMS::Key` de la pile (`!Ref`) ou vers l'ARN ou l'alias d'une clé."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0027/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volume.html",
        ],
        limitations: LocalizedText(
            "Any key counts, including an alias of the AWS managed key `alias/aws/ebs`.",
            fr: "Toute clé compte, y compris un alias de la clé gérée par AWS `alias/aws/ebs`."),
        resourceTypes: ["AWS::EC2::Volume"],
        goodExamples: [
            .init(
                """
                Resources:
                  VolumeKey:
                    Type: AWS::KMS::Key
                    Properties:
                      KeyPolicy:
                        Version: "2012-10-17"
                        Statement: []
                  DataVolume:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: us-east-1a
                      Size: 100
                      Encrypted: true
                      KmsKeyId: !Ref VolumeKey
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓DataVolume:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: us-east-1a
                      Size: 100
                      Encrypted: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for volume in state.all(EBSVolume.self) {
            guard let key = volume.kmsKeyID else {
                results.fail(volume.address, at: volume.address.origin)
                continue
            }
            // A key that exists but is known only after deployment is still a key.
            let isSet = key.value.map { !$0.isEmpty } ?? true
            if isSet { results.pass(volume.address, at: key.origin) } else { results.fail(volume.address, at: key.origin) }
        }
        return results.results
    }
}
