import Foundation
import RempartAWS
import RempartSupport

/// `rempart local install|start|status|stop`: controls the local AWS emulator (moto's server) on
/// 127.0.0.1, installed in a project-local virtual environment.
enum LocalCommand: Command {
    /// The exit code of `status` when no emulator is running, as `scripts/emulator status` returns.
    static let notRunning: Int32 = 3

    static var spec: CommandSpec {
        CommandSpec(
            name: "local",
            abstract: LocalizedText(
                "Install, start, check or stop the local AWS emulator on 127.0.0.1.",
                fr: "Installer, démarrer, vérifier ou arrêter l'émulateur AWS local sur 127.0.0.1."),
            discussion: LocalizedText(
                "The emulator is moto's server (\(LocalEmulator.motoVersion), from PyPI) in .venv/emulator under "
                    + "the project directory; its PID, port and endpoint are kept in .local/emulator.env, the "
                    + "files scripts/emulator uses, so either can stop what the other started. It only ever "
                    + "listens on 127.0.0.1.",
                fr: "L'émulateur est le serveur de moto (\(LocalEmulator.motoVersion), tiré de PyPI) dans "
                    + ".venv/emulator sous le dossier du projet ; son PID, son port et son point de terminaison sont "
                    + "conservés dans .local/emulator.env, les fichiers qu'utilise scripts/emulator, de sorte que "
                    + "l'un peut arrêter ce que l'autre a démarré. Il n'écoute que sur 127.0.0.1."),
            options: commonOptions,
            subcommands: [
                subcommand(
                    "install",
                    LocalizedText(
                        "Create the virtual environment and install moto into it, unless already done.",
                        fr: "Créer l'environnement virtuel et y installer moto, si ce n'est déjà fait."),
                    exitCodes: LocalizedText(
                        "Exit codes: 0 installed, 2 python3 or pip failed.",
                        fr: "Codes de sortie : 0 installé, 2 échec de python3 ou de pip.")),
                subcommand(
                    "start",
                    LocalizedText(
                        "Start the emulator (installing it first if needed) and print the export line to use it.",
                        fr: "Démarrer l'émulateur (en l'installant d'abord au besoin) et afficher la ligne export "
                            + "pour s'en servir."),
                    exitCodes: LocalizedText(
                        "Prints 'export AWS_ENDPOINT_URL=http://127.0.0.1:<port>' on standard output, so "
                            + "'eval \"$(rempart local start)\"' points the current shell at it; a running emulator "
                            + "is reused. Exit codes: 0 running, 2 it could not be installed or started.",
                        fr: "Affiche « export AWS_ENDPOINT_URL=http://127.0.0.1:<port> » sur la sortie standard, de "
                            + "sorte que « eval \"$(rempart local start)\" » y dirige l'interpréteur courant ; un "
                            + "émulateur en marche est réutilisé. Codes de sortie : 0 en marche, 2 installation ou "
                            + "démarrage impossible.")),
                subcommand(
                    "status",
                    LocalizedText(
                        "Print whether the emulator is running, with its endpoint and PID.",
                        fr: "Afficher si l'émulateur est en marche, avec son point de terminaison et son PID."),
                    exitCodes: LocalizedText(
                        "Exit codes: 0 running, 3 not running.",
                        fr: "Codes de sortie : 0 en marche, 3 arrêté.")),
                subcommand(
                    "stop",
                    LocalizedText(
                        "Stop the emulator by its recorded PID (SIGTERM, then SIGKILL after 5 seconds).",
                        fr: "Arrêter l'émulateur par son PID enregistré (SIGTERM, puis SIGKILL après 5 secondes)."),
                    exitCodes: LocalizedText(
                        "Stopping an emulator that is not running is not an error. Exit codes: 0 stopped or not "
                            + "running, 2 the state file cannot be removed.",
                        fr: "Arrêter un émulateur qui n'est pas en marche n'est pas une erreur. Codes de sortie : "
                            + "0 arrêté ou déjà arrêté, 2 fichier d'état impossible à supprimer.")),
            ],
            examples: ["eval \"$(rempart local start)\"", "rempart local status", "rempart local stop"])
    }

    static let directory = OptionSpec(
        "directory", kind: .single(valueName: "directory"),
        help: LocalizedText(
            "Project directory holding .venv/emulator and .local/ (default: the current directory).",
            fr: "Dossier du projet qui contient .venv/emulator et .local/ (par défaut : le dossier courant)."))

    static let commonOptions = [
        directory, CommonOptions.language, CommonOptions.verbose, CommonOptions.quiet, CommonOptions.logLevel,
    ]

    static func run(_ arguments: ParsedArguments, context: CommandContext) async -> Int32 {
        guard arguments.commandPath.count == 3, let action = arguments.commandPath.last else {
            return ScanRun.usageError(.missingSubcommand, arguments, context: context)
        }
        let path =
            arguments.value("directory").map { ScanSettings.resolve($0, in: context) } ?? context.workingDirectory
        let emulator = LocalEmulator(
            directory: URL(fileURLWithPath: path, isDirectory: true), logger: CommonOptions.logger(for: arguments))
        let isQuiet = arguments.isSet("quiet")

        switch action {
        case "install": return install(emulator, isQuiet: isQuiet, context: context)
        case "start": return await start(emulator, isQuiet: isQuiet, context: context)
        case "status": return status(emulator, context: context)
        default: return await stop(emulator, isQuiet: isQuiet, context: context)
        }
    }

    // MARK: - Actions

    private static func install(_ emulator: LocalEmulator, isQuiet: Bool, context: CommandContext) -> Int32 {
        if !isQuiet, !emulator.isInstalled { context.standardError.write(installing(emulator)(context.language)) }
        do {
            try emulator.install()
        } catch {
            return failure(error, context: context)
        }
        if !isQuiet { context.standardError.write(installed(emulator)(context.language)) }
        return ExitCode.success
    }

    private static func start(_ emulator: LocalEmulator, isQuiet: Bool, context: CommandContext) async -> Int32 {
        if emulator.status() == nil, !emulator.isInstalled {
            let status = install(emulator, isQuiet: isQuiet, context: context)
            guard status == ExitCode.success else { return status }
        }
        let state: EmulatorState
        do {
            state = try await emulator.start()
        } catch {
            return failure(error, context: context)
        }
        if !isQuiet { context.standardError.write(running(state)(context.language)) }
        context.standardOutput.write("export AWS_ENDPOINT_URL=\(state.endpoint.absoluteString)\n")
        return ExitCode.success
    }

    private static func status(_ emulator: LocalEmulator, context: CommandContext) -> Int32 {
        guard let state = emulator.status() else {
            context.standardOutput.write(LocalizedText("stopped\n", fr: "arrêté\n")(context.language))
            return notRunning
        }
        let endpoint = state.endpoint.absoluteString
        let text = LocalizedText(
            "running at \(endpoint) (pid \(state.pid))\n", fr: "en marche à \(endpoint) (PID \(state.pid))\n")
        context.standardOutput.write(text(context.language))
        return ExitCode.success
    }

    private static func stop(_ emulator: LocalEmulator, isQuiet: Bool, context: CommandContext) async -> Int32 {
        let running = emulator.status()
        do {
            try await emulator.stop()
        } catch {
            return failure(error, context: context)
        }
        guard !isQuiet else { return ExitCode.success }
        if let running {
            context.standardError.write(
                LocalizedText(
                    "rempart: stopped the local emulator (pid \(running.pid))\n",
                    fr: "rempart : émulateur local arrêté (PID \(running.pid))\n")(context.language))
        } else {
            context.standardError.write(
                LocalizedText(
                    "rempart: the local emulator was not running\n",
                    fr: "rempart : l'émulateur local n'était pas en marche\n")(context.language))
        }
        return ExitCode.success
    }

    private static func failure(_ error: any Error, context: CommandContext) -> Int32 {
        let message = UnexpectedError.message(error)
        context.report(Diagnostic(.error, message))
        return ExitCode.failure
    }

    // MARK: - Spec and messages

    private static func subcommand(_ name: String, _ abstract: LocalizedText, exitCodes: LocalizedText) -> CommandSpec {
        CommandSpec(name: name, abstract: abstract, discussion: exitCodes, options: commonOptions)
    }

    private static func installing(_ emulator: LocalEmulator) -> LocalizedText {
        let path = emulator.virtualEnvironment.path
        return LocalizedText(
            "rempart: installing moto \(LocalEmulator.motoVersion) from PyPI into \(path)\n",
            fr: "rempart : installation de moto \(LocalEmulator.motoVersion) depuis PyPI dans \(path)\n")
    }

    private static func installed(_ emulator: LocalEmulator) -> LocalizedText {
        let path = emulator.virtualEnvironment.path
        return LocalizedText(
            "rempart: moto \(LocalEmulator.motoVersion) is installed in \(path)\n",
            fr: "rempart : moto \(LocalEmulator.motoVersion) est installé dans \(path)\n")
    }

    private static func running(_ state: EmulatorState) -> LocalizedText {
        let endpoint = state.endpoint.absoluteString
        return LocalizedText(
            "rempart: local emulator running at \(endpoint) (pid \(state.pid)); to use it: "
                + "export AWS_ENDPOINT_URL=\(endpoint)\n",
            fr: "rempart : émulateur local en marche à \(endpoint) (PID \(state.pid)) ; pour s'en servir : "
                + "export AWS_ENDPOINT_URL=\(endpoint)\n")
    }
}
