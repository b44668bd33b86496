import RempartModel
import RempartSupport

/// Launch template user data must not contain credentials.
///
/// Reads `LaunchTemplateData.UserData` of `AWS::EC2::LaunchTemplate`, base64-decoded when encoded.
struct LaunchTemplateUserDataHasNoSecrets: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0129",
        slug: "no-secrets-in-launch-template-user-data",
        service: "ec2",
        severity: .critical,
        title: LocalizedText(
            "Launch template user data contains no secrets",
            fr: "Les données utilisateur des modèles de lancement ne contiennent aucun secret"),
        rationale: LocalizedText(
            "Every instance launched from the template receives the user data, which anyone allowed to describe launch templates or instances can read.",
            fr: "Chaque instance lancée à partir du modèle reçoit les données utilisateur, que peut lire quiconque a le droit de décrire les modèles de lancement ou les instances."),
        remediation: LocalizedText(
            "Remove the secret from `LaunchTemplateData.UserData`; store it in AWS Secrets Manager or SSM Parameter Store and fetch it at boot with the instance role.",
            fr: "Retirez le secret de `LaunchTemplateData.UserData` ; conservez-le dans AWS Secrets Manager ou le magasin de paramètres SSM et lisez-le au démarrage avec le rôle de l'instance."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0129/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html",
        ],
        limitations: LocalizedText(
            "The detector recognizes common credential formats and variable names; a secret in an unusual form is missed.",
            fr: "Le détecteur reconnaît les formats d'identifiants et noms de variables courants ; un secret de forme inhabituelle lui échappe."),
        resourceTypes: ["AWS::EC2::LaunchTemplate"],
        goodExamples: [
            .init(
                """
                Resources:
                  WorkerTemplate:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        UserData:
                          Fn::Base64: |
                            #!/bin/bash
                            export API_TOKEN_SECRET_ID=worker/api-token
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  WorkerTemplate:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        UserData: ↓export DATABASE_PASSWORD=correct-horse-battery
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for template in state.all(EC2LaunchTemplate.self) {
            ComputeChecks.requireNoSecrets(template.userData, of: template.address, into: &results)
        }
        return results.results
    }
}
