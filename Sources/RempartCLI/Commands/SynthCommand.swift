import Foundation
import RempartInfra
import RempartSupport
import RempartTemplate

/// `rempart synth --lab-profile baseline|hardened -o DIR`: writes the lab's CloudFormation templates.
enum SynthCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "synth",
            abstract: LocalizedText(
                "Write the lab architecture's CloudFormation templates, defined in Swift.",
                fr: "Écrire les modèles CloudFormation de l'architecture du laboratoire, définie en Swift."),
            discussion: LocalizedText(
                "Writes vpc.yaml, ec2.json and s3.json into the output directory, creating it if needed. Files of "
                    + "those names with other contents are replaced only with --force; otherwise nothing is "
                    + "written. The baseline profile is the lab as built, weaknesses included; the hardened profile "
                    + "applies every mitigation. Exit codes: 0 templates written, 2 the directory cannot be written "
                    + "or holds other files of those names, 64 invalid command line.",
                fr: "Écrit vpc.yaml, ec2.json et s3.json dans le dossier de sortie, créé au besoin. Les fichiers de "
                    + "ces noms au contenu différent ne sont remplacés qu'avec --force ; sinon, rien n'est écrit. "
                    + "Le profil baseline est le laboratoire tel que construit, faiblesses comprises ; le profil "
                    + "hardened applique toutes les mesures d'atténuation. Codes de sortie : 0 modèles écrits, "
                    + "2 dossier impossible à écrire ou qui contient d'autres fichiers de ces noms, 64 ligne de "
                    + "commande invalide."),
            options: [
                profile, output, force, format, environmentName, adminCIDR, CommonOptions.language, CommonOptions.verbose,
                CommonOptions.quiet, CommonOptions.logLevel,
            ],
            examples: [
                "rempart synth --lab-profile hardened -o infra/",
                "rempart synth --lab-profile baseline -o lab/ --format yaml",
                "rempart synth --lab-profile hardened --admin-cidr 203.0.113.7/32 -o infra/",
                "rempart synth --lab-profile baseline -o lab/ --force",
            ])
    }

    /// The lab profile; `--profile` is its older name, kept because synth reads no AWS profile.
    static let profile = OptionSpec(
        "lab-profile", kind: .single(valueName: "profile"),
        help: LocalizedText(
            "Architecture to write: baseline (the lab as built) or hardened (mitigations applied). Required.",
            fr: "Architecture à écrire : baseline (le laboratoire tel que construit) ou hardened (mesures "
                + "d'atténuation appliquées). Obligatoire."),
        allowedValues: LabProfile.allCases.map(\.rawValue), aliases: ["profile"])

    static let force = OptionSpec(
        "force", kind: .flag,
        help: LocalizedText(
            "Replace files of the output directory that have the templates' names but other contents.",
            fr: "Remplacer les fichiers du dossier de sortie qui portent le nom des modèles mais dont le contenu "
                + "diffère."))

    static let output = OptionSpec(
        "output", short: "o", kind: .single(valueName: "directory"),
        help: LocalizedText(
            "Directory the templates are written to; created if missing. Required.",
            fr: "Dossier où écrire les modèles ; créé s'il n'existe pas. Obligatoire."))

    static let format = OptionSpec(
        "format", short: "f", kind: .single(valueName: "format"),
        help: LocalizedText(
            "Write all three templates as yaml or json (default: vpc.yaml, ec2.json and s3.json as in the lab).",
            fr: "Écrire les trois modèles en yaml ou en json (par défaut : vpc.yaml, ec2.json et s3.json comme "
                + "dans le laboratoire)."),
        allowedValues: ["yaml", "json"])

    static let environmentName = OptionSpec(
        "environment-name", kind: .single(valueName: "name"),
        help: LocalizedText(
            "Default of the EnvironmentName parameter, prefixed to resource and export names (default: polystudent).",
            fr: "Valeur par défaut du paramètre EnvironmentName, placée devant les noms de ressources et "
                + "d'exportations (par défaut : polystudent)."))

    static let adminCIDR = OptionSpec(
        "admin-cidr", kind: .single(valueName: "cidr"),
        help: LocalizedText(
            "Default of the hardened AdminCIDR parameter, the only IPv4 range admitted by the security group, "
                + "/16 to /32 (default: 192.0.2.10/32, a documentation address).",
            fr: "Valeur par défaut du paramètre AdminCIDR du profil hardened, seule plage IPv4 admise par le groupe "
                + "de sécurité, de /16 à /32 (par défaut : 192.0.2.10/32, une adresse de documentation)."))

    static func run(_ arguments: ParsedArguments, context: CommandContext) async -> Int32 {
        let logger = CommonOptions.logger(for: arguments)
        let request: SynthRequest
        do {
            request = try SynthRequest(arguments, context: context)
        } catch {
            let help = HelpFormatter(root: Rempart.rootSpec, language: context.language)
            context.standardError.write(help.errorText(for: error))
            return ExitCode.usage
        }

        let written: [URL]
        do {
            written = try Synthesizer.write(
                profile: request.profile, format: request.format, to: request.directory, parameters: request.parameters,
                replacesFiles: arguments.isSet("force"), logger: logger)
        } catch {
            context.report(Diagnostic(.error, error.message))
            return error.exitCode
        }

        if !arguments.isSet("quiet") {
            let names = written.map(\.lastPathComponent).joined(separator: ", ")
            let path = request.directory.path
            let text = LocalizedText(
                "rempart: wrote \(names) (\(request.profile.rawValue)) to \(path)\n",
                fr: "rempart : \(names) (\(request.profile.rawValue)) écrits dans \(path)\n")
            context.standardError.write(text(context.language))
        }
        return ExitCode.success
    }
}
