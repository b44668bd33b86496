import RempartModel
import RempartSupport

/// EC2 instances must require IMDSv2 session tokens for the instance metadata service.
///
/// The options come from the instance's `MetadataOptions` (read as trivy reads it, although
/// CloudFormation documents it only on launch templates), else from the launch template the
/// instance references, else the AWS defaults: tokens optional and endpoint enabled, which fail.
struct InstanceRequiresIMDSTokens: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0028",
        slug: "enforce-http-token-imds",
        service: "ec2",
        severity: .high,
        title: LocalizedText(
            "EC2 instances require IMDSv2 tokens for instance metadata",
            fr: "Les instances EC2 exigent les jetons IMDSv2 pour les métadonnées d'instance"),
        rationale: LocalizedText(
            "With IMDSv1 allowed, a server-side request forgery in any application on the instance can read the instance role's temporary credentials from the metadata service.",
            fr: "Tant qu'IMDSv1 est permis, une falsification de requête côté serveur dans n'importe quelle application de l'instance peut lire les identifiants temporaires du rôle de l'instance dans le service de métadonnées."),
        remediation: LocalizedText(
            "Launch the instance from an `AWS::EC2::LaunchTemplate` whose `LaunchTemplateData.MetadataOptions` sets `HttpTokens: required` (and `HttpPutResponseHopLimit: 1`), referenced through the instance's `LaunchTemplate` property.",
            fr: "Lancez l'instance à partir d'un `AWS::EC2::LaunchTemplate` dont `LaunchTemplateData.MetadataOptions` règle `HttpTokens: required` (et `HttpPutResponseHopLimit: 1`), référencé par la propriété `LaunchTemplate` de l'instance."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0028/",
            "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-metadataoptions.html",
        ],
        limitations: LocalizedText(
            "An account-level default (EC2 `ModifyInstanceMetadataDefaults`) or an AMI set to IMDSv2 is not visible in a template; such instances are reported although AWS would require tokens. A launch template outside the scanned templates makes the verdict unknown.",
            fr: "Un réglage par défaut du compte (`ModifyInstanceMetadataDefaults` d'EC2) ou une AMI réglée pour IMDSv2 n'apparaît pas dans un modèle ; ces instances sont signalées même si AWS exigerait les jetons. Un modèle de lancement hors des modèles analysés rend le verdict inconnu."),
        resourceTypes: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate"],
        goodExamples: [
            .init(
                """
                Resources:
                  HardenedTemplate:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        MetadataOptions:
                          HttpTokens: required
                          HttpPutResponseHopLimit: 1
                  AppServer:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      LaunchTemplate:
                        LaunchTemplateId: !Ref HardenedTemplate
                        Version: !GetAtt HardenedTemplate.LatestVersionNumber
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓AppServer:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                  LegacyTemplate:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateName: legacy
                      LaunchTemplateData:
                        MetadataOptions:
                          HttpTokens: ↓optional
                  LegacyServer:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      LaunchTemplate:
                        LaunchTemplateName: legacy
                        Version: "1"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for instance in state.all(EC2Instance.self) {
            ComputeChecks.requireTokens(instance.metadataOptions, of: instance.address, into: &results)
        }
        return results.results
    }
}
