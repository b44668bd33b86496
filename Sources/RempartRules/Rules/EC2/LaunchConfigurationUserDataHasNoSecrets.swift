import RempartModel
import RempartSupport

/// Launch configuration user data must not contain credentials.
///
/// trivy titles this check as an EBS encryption check, but it scans the `UserData` of
/// `AWS::AutoScaling::LaunchConfiguration` for secrets, as this rule does.
struct LaunchConfigurationUserDataHasNoSecrets: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0122",
        slug: "no-sensitive-info",
        service: "ec2",
        severity: .high,
        title: LocalizedText(
            "Launch configuration user data contains no secrets",
            fr: "Les données utilisateur des configurations de lancement ne contiennent aucun secret"),
        rationale: LocalizedText(
            "Every instance of the Auto Scaling group receives the user data, which anyone allowed to describe launch configurations can read.",
            fr: "Chaque instance du groupe Auto Scaling reçoit les données utilisateur, que peut lire quiconque a le droit de décrire les configurations de lancement."),
        remediation: LocalizedText(
            "Remove the secret from the launch configuration's `UserData`; store it in AWS Secrets Manager or SSM Parameter Store and fetch it at boot with the instance role.",
            fr: "Retirez le secret de `UserData` de la configuration de lancement ; conservez-le dans AWS Secrets Manager ou le magasin de paramètres SSM et lisez-le au démarrage avec le rôle de l'instance."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0122/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-launchconfiguration.html",
        ],
        limitations: LocalizedText(
            "The detector recognizes common credential formats and variable names; a secret in an unusual form is missed.",
            fr: "Le détecteur reconnaît les formats d'identifiants et noms de variables courants ; un secret de forme inhabituelle lui échappe."),
        resourceTypes: ["AWS::AutoScaling::LaunchConfiguration"],
        goodExamples: [
            .init(
                """
                Resources:
                  WorkerConfiguration:
                    Type: AWS::AutoScaling::LaunchConfiguration
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      UserData:
                        Fn::Base64: |
                          #!/bin/bash
                          yum install -y nginx
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
                      UserData:
                        Fn::Base64: ↓|
                          #!/bin/bash
                          curl https://deploy:s3cr3tpass@repo.example.com/app.tar.gz -o /tmp/app.tar.gz
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for configuration in state.all(LaunchConfiguration.self) {
            ComputeChecks.requireNoSecrets(configuration.userData, of: configuration.address, into: &results)
        }
        return results.results
    }
}
