import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import RempartScanner
import RempartSupport

/// `rempart deploy --lab-profile baseline|hardened --name N`: scans, then deploys the lab architecture.
enum DeployCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "deploy",
            abstract: LocalizedText(
                "Scan the lab architecture, then deploy it through the AWS API or CloudFormation.",
                fr: "Analyser l'architecture du laboratoire, puis la déployer par l'API AWS ou CloudFormation."),
            discussion: LocalizedText(
                "The architecture is synthesized and scanned first; findings at or above --fail-on stop the "
                    + "deployment unless --accept-findings is given, and the scanned templates are kept in "
                    + ".rempart/deployments/<name>/. With --via api, resources are created "
                    + "concurrently along their dependency graph, tagged rempart:deployment=<name>, and recorded "
                    + "after each step in .rempart/deployments/<name>.json, so a second run creates nothing and "
                    + "'rempart destroy' removes what a failed run left. A second run with another --admin-cidr "
                    + "updates the security group's rules in place; another profile, region or a change that needs "
                    + "new resources is refused. While a run goes on, the lock file .rempart/deployments/<name>.lock "
                    + "stops any other deploy or destroy of that name. With --via cloudformation, the vpc stack is "
                    + "created or updated, then the ec2 and s3 stacks, and their events are shown as a table. "
                    + "Exit codes: 0 deployed, 1 scan findings or a failed stack, 2 AWS or input error, refused "
                    + "change or deployment in use, 64 invalid command line, 130 interrupted.",
                fr: "L'architecture est d'abord synthétisée et analysée ; les constats au niveau de --fail-on ou "
                    + "au-dessus arrêtent le déploiement, sauf avec --accept-findings, et les modèles analysés sont "
                    + "conservés dans .rempart/deployments/<nom>/. Avec --via api, les "
                    + "ressources sont créées en parallèle selon leur graphe de dépendances, étiquetées "
                    + "rempart:deployment=<nom> et consignées après chaque étape dans "
                    + ".rempart/deployments/<nom>.json : une deuxième exécution ne crée rien et « rempart destroy » "
                    + "supprime ce qu'une exécution échouée a laissé. Une deuxième exécution avec un autre "
                    + "--admin-cidr met à jour sur place les règles du groupe de sécurité ; un autre profil, une autre "
                    + "région ou un changement qui exige de nouvelles ressources est refusé. Pendant une exécution, le "
                    + "fichier de verrou .rempart/deployments/<nom>.lock bloque tout autre deploy ou destroy de ce "
                    + "nom. Avec --via cloudformation, la pile vpc est "
                    + "créée ou mise à jour, puis les piles ec2 et s3, et leurs événements sont affichés en tableau. "
                    + "Codes de sortie : 0 déployé, 1 constats d'analyse ou pile en échec, 2 erreur AWS ou d'entrée, "
                    + "changement refusé ou déploiement en cours d'utilisation, 64 ligne de commande invalide, 130 "
                    + "interrompu."),
            options: [
                DeployOptionSpecs.via, DeployOptionSpecs.labProfile, DeployOptionSpecs.name,
            ] + DeployOptionSpecs.connection + [
                DeployOptionSpecs.yes, DeployOptionSpecs.dryRun, DeployOptionSpecs.failOn,
                DeployOptionSpecs.acceptFindings, DeployOptionSpecs.source, DeployOptionSpecs.adminCIDR,
            ] + DeployOptionSpecs.common,
            examples: [
                "rempart deploy --lab-profile hardened --name demo --yes",
                "rempart deploy --lab-profile baseline --name lab --accept-findings --dry-run",
                "rempart deploy --via cloudformation --lab-profile hardened --name lab",
                "rempart deploy --lab-profile hardened --name lab --profile student --yes",
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) async -> Int32 {
        let logger = CommonOptions.logger(for: arguments)
        let request: DeployRequest
        do {
            request = try DeployRequest(arguments, command: "deploy", context: context)
        } catch {
            context.standardError.write(
                HelpFormatter(root: Rempart.rootSpec, language: context.language).errorText(for: error))
            return ExitCode.usage
        }
        guard let profile = request.profile else { return ExitCode.usage }
        let isQuiet = arguments.isSet("quiet")

        // From here on, an interruption says how to resume; watching starts before the scan's first
        // line, so that a Ctrl-C right after it still gets the notice.
        let interrupt =
            request.method == .api
            ? InterruptNotice(message: InterruptNotice.deploy(request.name), context: context) : nil
        defer { interrupt?.cancel() }

        // 1. Refuse at once what the state file rules out: another profile, parameters that need new resources.
        if request.method == .api {
            do {
                let plan = LabDeploymentPlan(name: request.name, profile: profile, parameters: request.parameters)
                try APIDeployer.check(plan, directory: request.workingDirectory)
            } catch let error as DeployError {
                context.report(Diagnostic(.error, error.message))
                return ExitCode.failure
            } catch {
                context.report(Diagnostic(.error, LocalizedText("\(error)", fr: "\(error)")))
                return ExitCode.failure
            }
        }

        // 2. Scan what is about to be deployed, and keep the scanned templates beside the state file.
        let gate = ScanGate(threshold: request.acceptsFindings ? nil : request.failOn)
        let outcome: ScanGate.Outcome
        do {
            outcome =
                request.method == .api
                ? try gate.scan(
                    name: request.name, profile: profile, parameters: request.parameters, language: context.language)
                : try gate.scanStacks(
                    name: request.name, profile: profile, parameters: request.parameters, language: context.language)
        } catch let error as DeployError {
            context.report(Diagnostic(.error, error.message))
            return ExitCode.failure
        } catch {
            context.report(Diagnostic(.error, UnexpectedError.message(error)))
            return ExitCode.failure
        }
        let templates = DeployOutput.writeTemplates(outcome, request: request, context: context)
        if !isQuiet || outcome.blocks {
            DeployOutput.printScan(outcome, templates: templates, request: request, context: context)
        }
        if outcome.blocks {
            context.report(
                Diagnostic(
                    .error,
                    DeployError.findingsAboveThreshold(count: outcome.blocking.count, threshold: request.failOn ?? .low)
                        .message))
            return ExitCode.findings
        }

        // 3. Show the plan; stop there on --dry-run.
        if request.isDryRun {
            DeployOutput.printPlan(request: request, profile: profile, context: context)
            return ExitCode.success
        }
        let question = LocalizedText(
            "Deploy the \(profile.rawValue) lab as '\(request.name)' through \(request.method.rawValue)?",
            fr:
                "Déployer le laboratoire \(profile.rawValue) sous le nom « \(request.name) » par \(request.method.rawValue) ?"
        )
        switch Confirmation.ask(question, isConfirmed: request.isConfirmed, context: context) {
        case .confirmed: break
        case .declined: return ExitCode.failure
        case .notInteractive:
            context.report(Diagnostic(.error, Confirmation.needsYes("deploy")))
            return ExitCode.usage
        }

        // 4. Deploy.
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
        switch request.method {
        case .api:
            return await DeployOutput.deployThroughAPI(
                request: request, profile: profile, scan: outcome, services: services, counter: counter,
                isQuiet: isQuiet,
                context: context)
        case .cloudformation:
            return await DeployOutput.deployStacks(
                request: request, profile: profile, services: services, isQuiet: isQuiet, context: context)
        }
    }
}
