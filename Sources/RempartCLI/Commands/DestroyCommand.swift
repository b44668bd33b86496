import Foundation
import RempartAWS
import RempartDeploy
import RempartSupport

/// `rempart destroy --name N`: deletes everything a deployment created.
enum DestroyCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "destroy",
            abstract: LocalizedText(
                "Delete everything a deployment created.", fr: "Supprimer tout ce qu'un déploiement a créé."),
            discussion: LocalizedText(
                "With --via api, resources are deleted in reverse dependency order, independent ones concurrently. "
                    + "The state file .rempart/deployments/<name>.json lists them; without it, resources are found by "
                    + "their name or their rempart:deployment tag, so a deployment that failed halfway or lost its "
                    + "state file is removed too. A resource is deleted only when its name and its "
                    + "rempart:deployment tag match the deployment. Afterwards every resource is looked up again: "
                    + "what still carries the tag is deleted, and what is left is listed. KMS keys are scheduled "
                    + "for deletion in 7 days, the shortest delay AWS allows. With --via cloudformation, the ec2 and "
                    + "s3 stacks are deleted, then the vpc stack. Asks for confirmation unless --yes is given. Exit "
                    + "codes: 0 deleted, 1 a stack failed to delete, 2 AWS error, resources left or deployment in use "
                    + "(the lock file .rempart/deployments/<name>.lock), 64 invalid command line, 130 interrupted.",
                fr: "Avec --via api, les ressources sont supprimées dans l'ordre inverse des dépendances, les "
                    + "ressources indépendantes en parallèle. Le fichier d'état .rempart/deployments/<nom>.json les "
                    + "énumère ; sans lui, elles sont retrouvées par leur nom ou leur étiquette rempart:deployment : un "
                    + "déploiement qui a échoué en cours de route ou perdu son fichier d'état est donc supprimé lui "
                    + "aussi. Une ressource n'est supprimée que si son nom et son étiquette rempart:deployment "
                    + "correspondent au déploiement. Ensuite, chaque ressource est cherchée de nouveau : ce qui porte "
                    + "encore l'étiquette est supprimé, et ce qui reste est énuméré. Les clés KMS sont programmées "
                    + "pour suppression dans 7 jours, le plus court délai permis par AWS. Avec --via cloudformation, "
                    + "les piles ec2 et s3 sont supprimées, puis la pile vpc. Demande une confirmation, sauf avec "
                    + "--yes. Codes de sortie : 0 supprimé, 1 échec de suppression d'une pile, 2 erreur AWS, "
                    + "ressources restantes ou déploiement en cours d'utilisation (le fichier de verrou "
                    + ".rempart/deployments/<nom>.lock), 64 ligne de commande invalide, 130 interrompu."),
            options: [DeployOptionSpecs.destroyVia, DeployOptionSpecs.name] + DeployOptionSpecs.connection + [
                DeployOptionSpecs.yes
            ]
                + DeployOptionSpecs.common,
            examples: [
                "rempart destroy --name demo --yes",
                "rempart destroy --via cloudformation --name lab",
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) async -> Int32 {
        let logger = CommonOptions.logger(for: arguments)
        let request: DeployRequest
        do {
            request = try DeployRequest(arguments, command: "destroy", context: context)
        } catch {
            context.standardError.write(
                HelpFormatter(root: Rempart.rootSpec, language: context.language).errorText(for: error))
            return ExitCode.usage
        }
        let question = LocalizedText(
            "Delete every resource of deployment '\(request.name)'?",
            fr: "Supprimer toutes les ressources du déploiement « \(request.name) » ?")
        switch Confirmation.ask(question, isConfirmed: request.isConfirmed, context: context) {
        case .confirmed: break
        case .declined: return ExitCode.failure
        case .notInteractive:
            context.report(Diagnostic(.error, Confirmation.needsYes("destroy")))
            return ExitCode.usage
        }

        let counter = CountingTransport(URLSessionTransport())
        let services: AWSServices
        do {
            services = try await request.services(context: context, logger: logger, transport: counter)
        } catch let error as AWSError {
            context.report(Diagnostic(.error, error.message))
            return ExitCode.failure
        } catch {
            context.report(Diagnostic(.error, UnexpectedError.message(error)))
            return ExitCode.failure
        }
        let isQuiet = arguments.isSet("quiet")
        switch request.method {
        case .api:
            return await DeployOutput.destroyThroughAPI(
                request: request, services: services, counter: counter, isQuiet: isQuiet, context: context)
        case .cloudformation:
            return await DeployOutput.destroyStacks(
                request: request, services: services, isQuiet: isQuiet, context: context)
        }
    }
}
