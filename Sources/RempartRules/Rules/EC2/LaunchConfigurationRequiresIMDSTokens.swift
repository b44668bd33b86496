import RempartModel
import RempartSupport

/// Launch configurations and launch templates must require IMDSv2 session tokens.
///
/// Reads `MetadataOptions` of `AWS::AutoScaling::LaunchConfiguration` and
/// `LaunchTemplateData.MetadataOptions` of `AWS::EC2::LaunchTemplate`. Tokens not `required`
/// with the endpoint not `disabled` fail; absent options are the AWS defaults and fail.
struct LaunchConfigurationRequiresIMDSTokens: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0130",
        aliases: ["CKV_AWS_79"],
        slug: "enforce-launch-config-http-token-imds",
        service: "ec2",
        severity: .high,
        title: LocalizedText(
            "Launch configurations and launch templates require IMDSv2 tokens",
            fr: "Les configurations et modèles de lancement exigent les jetons IMDSv2"),
        rationale: LocalizedText(
            "Every instance started from a launch configuration or template inherits its metadata settings; with IMDSv1 allowed, a server-side request forgery can steal the role's credentials on all of them.",
            fr: "Chaque instance lancée à partir d'une configuration ou d'un modèle de lancement en hérite les réglages de métadonnées ; tant qu'IMDSv1 est permis, une falsification de requête côté serveur peut voler les identifiants du rôle sur toutes ces instances."),
        remediation: LocalizedText(
            "Set `MetadataOptions.HttpTokens: required` on the launch configuration, or `LaunchTemplateData.MetadataOptions.HttpTokens: required` on the launch template.",
            fr: "Réglez `MetadataOptions.HttpTokens: required` sur la configuration de lancement, ou `LaunchTemplateData.MetadataOptions.HttpTokens: required` sur le modèle de lancement."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0130/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-launchconfiguration-metadataoptions.html",
        ],
        resourceTypes: ["AWS::AutoScaling::LaunchConfiguration", "AWS::EC2::LaunchTemplate"],
        goodExamples: [
            .init(
                """
                Resources:
                  WorkerConfiguration:
                    Type: AWS::AutoScaling::LaunchConfiguration
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      MetadataOptions:
                        HttpTokens: required
                        HttpEndpoint: enabled
                  WorkerTemplate:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        MetadataOptions:
                          HttpEndpoint: disabled
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  WorkerConfiguration:
                    Type: AWS::AutoScaling::LaunchConfiguration
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      MetadataOptions:
                        HttpTokens: ↓optional
                  ↓WorkerTemplate:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        InstanceType: t3.micro
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for configuration in state.all(LaunchConfiguration.self) {
            ComputeChecks.requireTokens(configuration.metadataOptions, of: configuration.address, into: &results)
        }
        for template in state.all(EC2LaunchTemplate.self) {
            ComputeChecks.requireTokens(template.metadataOptions, of: template.address, into: &results)
        }
        return results.results
    }
}
