import RempartInfra
import RempartSupport

/// The options of `rempart deploy` and `rempart destroy`.
enum DeployOptionSpecs {
    static let via = OptionSpec(
        "via", kind: .single(valueName: "method"),
        help: LocalizedText(
            "How to deploy: api (direct API calls following the dependency graph) or cloudformation (the lab's three "
                + "stacks) (default: api).",
            fr: "Mode de déploiement : api (appels d'API directs suivant le graphe de dépendances) ou cloudformation "
                + "(les trois piles du laboratoire) (par défaut : api)."),
        allowedValues: ["api", "cloudformation"])

    /// `--via` of `rempart destroy`: the method the deployment was made with, which decides how it is deleted.
    static let destroyVia = OptionSpec(
        "via", kind: .single(valueName: "method"),
        help: LocalizedText(
            "How the deployment was made, and so how to delete it: api (resources deleted by direct API calls in "
                + "reverse dependency order) or cloudformation (the lab's three stacks deleted) (default: api).",
            fr: "Mode du déploiement, qui décide de sa suppression : api (ressources supprimées par appels d'API "
                + "directs dans l'ordre inverse des dépendances) ou cloudformation (suppression des trois piles du "
                + "laboratoire) (par défaut : api)."),
        allowedValues: ["api", "cloudformation"])

    static let labProfile = OptionSpec(
        "lab-profile", kind: .single(valueName: "profile"),
        help: LocalizedText(
            "Lab architecture to deploy: baseline (the lab as built) or hardened (mitigations applied). Required.",
            fr: "Architecture du laboratoire à déployer : baseline (le laboratoire tel que construit) ou hardened "
                + "(mesures d'atténuation appliquées). Obligatoire."),
        allowedValues: LabProfile.allCases.map(\.rawValue))

    static let name = OptionSpec(
        "name", kind: .single(valueName: "name"),
        help: LocalizedText(
            "Deployment name: 1 to 24 lower-case letters, digits or hyphens; tags every resource and names the state "
                + "file .rempart/deployments/<name>.json. Required.",
            fr: "Nom du déploiement : de 1 à 24 lettres minuscules, chiffres ou traits d'union ; il étiquette chaque "
                + "ressource et nomme le fichier d'état .rempart/deployments/<nom>.json. Obligatoire."))

    static let region = OptionSpec(
        "region", kind: .single(valueName: "region"),
        help: LocalizedText(
            "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the AWS profile's region).",
            fr: "Région AWS (par défaut : AWS_REGION, AWS_DEFAULT_REGION, puis la région du profil AWS)."))

    static let endpointURL = OptionSpec(
        "endpoint-url", kind: .single(valueName: "url"),
        help: LocalizedText(
            "Send every AWS call to this endpoint, such as the local emulator's http://127.0.0.1:PORT "
                + "(default: AWS_ENDPOINT_URL, else AWS's own endpoints).",
            fr: "Envoyer tous les appels AWS à ce point de terminaison, par exemple http://127.0.0.1:PORT pour "
                + "l'émulateur local (par défaut : AWS_ENDPOINT_URL, sinon ceux d'AWS)."))

    /// The AWS named profile, spelled `--profile` as in the AWS CLI; `--aws-profile` is its older name.
    static let awsProfile = OptionSpec(
        "profile", kind: .single(valueName: "name"),
        help: LocalizedText(
            "AWS named profile of ~/.aws/credentials and ~/.aws/config, for credentials and region "
                + "(default: AWS_PROFILE, else default).",
            fr: "Profil AWS nommé de ~/.aws/credentials et ~/.aws/config, pour les identifiants et la région "
                + "(par défaut : AWS_PROFILE, sinon default)."),
        aliases: ["aws-profile"])

    static let yes = OptionSpec(
        "yes", kind: .flag,
        help: LocalizedText(
            "Go ahead without asking; required when standard input is not a terminal.",
            fr: "Procéder sans demander ; obligatoire quand l'entrée standard n'est pas un terminal."))

    static let dryRun = OptionSpec(
        "dry-run", kind: .flag,
        help: LocalizedText(
            "Scan and print the plan, then stop: no AWS call.",
            fr: "Analyser et afficher le plan, puis s'arrêter : aucun appel AWS."))

    static let failOn = OptionSpec(
        "fail-on", kind: .single(valueName: "severity"),
        help: LocalizedText(
            "Stop before deploying when the scan finds problems of this severity or higher: low, medium, high, "
                + "critical or none (default: high).",
            fr: "S'arrêter avant le déploiement si l'analyse trouve des problèmes de cette gravité ou plus : low, "
                + "medium, high, critical ou none (par défaut : high)."),
        allowedValues: ["low", "medium", "high", "critical", "none"])

    static let acceptFindings = OptionSpec(
        "accept-findings", kind: .flag,
        help: LocalizedText(
            "Deploy even when the scan finds problems at or above --fail-on (they are still printed).",
            fr: "Déployer même si l'analyse trouve des problèmes au niveau de --fail-on ou au-dessus (ils sont tout "
                + "de même affichés)."))

    static let source = OptionSpec(
        "source", kind: .single(valueName: "directory"),
        help: LocalizedText(
            "Directory uploaded under sourcecode/ in the lab bucket, with the scan report beside it (default: "
                + "Sources/ in the current directory, when it exists).",
            fr: "Dossier téléversé sous sourcecode/ dans le compartiment du laboratoire, avec le rapport d'analyse "
                + "à côté (par défaut : Sources/ du dossier courant, s'il existe)."))

    static let adminCIDR = OptionSpec(
        "admin-cidr", kind: .single(valueName: "cidr"),
        help: LocalizedText(
            "The only IPv4 range the hardened security group admits, /16 to /32 (default: 192.0.2.10/32, a "
                + "documentation address).",
            fr: "Seule plage IPv4 admise par le groupe de sécurité du profil hardened, de /16 à /32 (par défaut : "
                + "192.0.2.10/32, une adresse de documentation)."))

    /// The options that select where AWS calls go.
    static let connection = [region, endpointURL, awsProfile]

    /// The options shared with every command.
    static let common = [CommonOptions.language, CommonOptions.verbose, CommonOptions.quiet, CommonOptions.logLevel]
}
