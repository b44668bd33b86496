import RempartModel
import RempartSupport

/// EC2 instance user data must not contain credentials.
///
/// The user data is the instance's own, else its launch template's, base64-decoded when
/// encoded. It is searched for access keys, private keys, tokens and clear-text password
/// assignments.
struct InstanceUserDataHasNoSecrets: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0029",
        aliases: ["CKV_AWS_46"],
        slug: "no-secrets-in-user-data",
        service: "ec2",
        severity: .critical,
        title: LocalizedText(
            "EC2 instance user data contains no secrets", fr: "Les données utilisateur des instances EC2 ne contiennent aucun secret"),
        rationale: LocalizedText(
            "User data is readable by anyone who can describe the instance and by every process on it through the metadata service, and it is kept in the template and its history.",
            fr: "Les données utilisateur sont lisibles par quiconque peut décrire l'instance et par tout processus de celle-ci par le service de métadonnées, et elles restent dans le modèle et son historique."),
        remediation: LocalizedText(
            "Remove the secret from `UserData`; store it in AWS Secrets Manager or SSM Parameter Store and have the script fetch it with the instance role.",
            fr: "Retirez le secret de `UserData` ; conservez-le dans AWS Secrets Manager ou le magasin de paramètres SSM et faites-le lire par le script avec le rôle de l'instance."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0029/",
            "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html",
        ],
        limitations: LocalizedText(
            "The detector recognizes common credential formats and variable names; a secret in an unusual form is missed, and a long random value assigned to a variable named like a token is reported even if it is not one.",
            fr: "Le détecteur reconnaît les formats d'identifiants et noms de variables courants ; un secret de forme inhabituelle lui échappe, et une longue valeur aléatoire assignée à une variable nommée comme un jeton est signalée même si ce n'en est pas un."),
        resourceTypes: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate"],
        goodExamples: [
            .init(
                """
                Resources:
                  AppServer:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      UserData:
                        Fn::Base64: |
                          #!/bin/bash
                          export DB_PASSWORD_PARAMETER=/app/database/password
                          aws ssm get-parameter --with-decryption --name "$DB_PASSWORD_PARAMETER"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  AppServer:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      UserData:
                        Fn::Base64: ↓|
                          #!/bin/bash
                          export AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for instance in state.all(EC2Instance.self) {
            ComputeChecks.requireNoSecrets(instance.userData, of: instance.address, into: &results)
        }
        return results.results
    }
}
