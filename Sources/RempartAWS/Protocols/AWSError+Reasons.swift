import RempartSupport

extension AWSError {
    /// The reasons the client writes into `invalidResponse`, `connectionFailed`,
    /// `invalidConfigFile`, `instanceMetadataFailed` and `emulatorFailed`, with their French text.
    ///
    /// A reason of no listed form is a message from the system or from a library, such as
    /// URLSession's; French output quotes it as it is.
    static let reasonForms: [ReasonForm] = [
        // Responses and connections.
        ReasonForm("not a JSON service", "ce n'est pas un service JSON"),
        ReasonForm("invalid JSON: {v}", "JSON invalide : « {1} »"),
        ReasonForm("unexpected JSON shape: {v}", "forme JSON inattendue : « {1} »"),
        ReasonForm("the body is not XML", "le corps n'est pas du XML"),
        ReasonForm("no HTTP response", "aucune réponse HTTP"),

        // Shared config and credentials files.
        ReasonForm("section header without ']'", "en-tête de section sans « ] »"),
        ReasonForm("setting outside any [section]", "réglage hors de toute [section]"),
        ReasonForm("expected 'key = value'", "« clé = valeur » attendu"),
        ReasonForm("cannot read the file: {v}", "impossible de lire le fichier : « {1} »"),

        // The instance metadata service.
        ReasonForm("the instance has no IAM role", "l'instance n'a pas de rôle IAM"),
        ReasonForm("the credentials document of role '{v}' is invalid", "le document d'identifiants du rôle « {1} » est invalide"),
        ReasonForm("invalid endpoint", "point de terminaison invalide"),
        ReasonForm("{v} returned HTTP {v}", "{1} a renvoyé HTTP {2}"),
        ReasonForm("{v} failed: {v}", "échec de {1} : « {2} »"),

        // The local emulator.
        ReasonForm("cannot create '{v}'; install python3-venv", "impossible de créer « {1} » ; installez python3-venv"),
        ReasonForm(
            "pip could not install moto[server]=={v} (exit {v})",
            "pip n'a pas pu installer moto[server]=={1} (code de sortie {2})"),
        ReasonForm(
            "moto is not installed; run 'scripts/emulator install' or 'rempart local install'",
            "moto n'est pas installé ; lancez « scripts/emulator install » ou « rempart local install »"),
        ReasonForm("invalid port {v}", "port {1} invalide"),
        ReasonForm("moto exited during startup; see '{v}'", "moto s'est arrêté au démarrage ; voir « {1} »"),
        ReasonForm(
            "moto did not respond within {v} s; see '{v}'", "moto n'a pas répondu en {1} s ; voir « {2} »"),
        ReasonForm("reset returned HTTP {v}", "la réinitialisation a renvoyé HTTP {1}"),
        ReasonForm("cannot open a socket", "impossible d'ouvrir un socket"),
        ReasonForm("cannot bind 127.0.0.1:0", "impossible de lier 127.0.0.1:0"),
    ]

    /// Returns the French text of a reason the client wrote, or the reason quoted when its form is not listed.
    static func frenchReason(_ english: String) -> String {
        ReasonForm.french(of: english, forms: reasonForms) ?? "« \(english) »"
    }
}
