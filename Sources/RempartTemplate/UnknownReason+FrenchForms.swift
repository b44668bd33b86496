import RempartSupport

extension UnknownReason {
    /// Every form of reason that the resolver, the adapters, the live collectors, the gaps of an
    /// audit and the rules write, with its French text, tried in this order.
    ///
    /// A more specific form comes before a more general one that would also match it
    /// (`parameter '{v}' has no value` before `'{v}' has no value`, `{v} failed: {r}` before
    /// `{v} failed`). A new reason string in the code needs its form here; the test
    /// `ReasonTranslationTests` finds reason strings in the sources that have none.
    static let frenchForms: [ReasonForm] = [
        // Failed reads of a live audit, and the reasons a read fails.
        ReasonForm("{v} failed: {r}", "échec de {1} : {2}"),
        ReasonForm("{v} failed or returned no JSON object", "échec de {1}, ou aucun objet JSON renvoyé"),
        ReasonForm("{v} failed", "échec de {1}"),
        ReasonForm(
            "HTTP {v} without an AWS error body (the endpoint may not implement the action)",
            "HTTP {1} sans corps d'erreur AWS (le point de terminaison n'implémente peut-être pas l'action)"),
        ReasonForm("{v} (HTTP {v}): {v}", "{1} (HTTP {2}) : « {3} »"),
        ReasonForm("{v} (HTTP {v})", "{1} (HTTP {2})"),
        ReasonForm("{v} returned no metadata options", "{1} n'a renvoyé aucune option de métadonnées"),
        ReasonForm("volume {v} was not listed by DescribeVolumes", "DescribeVolumes n'a pas listé le volume {1}"),
        ReasonForm("the default version has no data", "la version par défaut n'a pas de données"),
        ReasonForm("the instance has no EBS volume", "l'instance n'a pas de volume EBS"),
        ReasonForm("the bucket policy is not a JSON object", "la politique de compartiment n'est pas un objet JSON"),

        // Template values that cannot be known before deployment.
        ReasonForm("depends on an unknown value: {r}", "dépend d'une valeur inconnue : {1}"),
        ReasonForm("cannot be evaluated: {r}", "ne peut pas être évalué : {1}"),
        ReasonForm("invalid value: {r}", "valeur invalide : {1}"),
        ReasonForm("parameter '{v}' has no value", "le paramètre « {1} » n'a pas de valeur"),
        ReasonForm("no scanned template exports '{v}'", "aucun modèle analysé n'exporte « {1} »"),
        ReasonForm("'{v}' is only known after deployment", "« {1} » n'est connu qu'après le déploiement"),
        ReasonForm("'{v}' is only known at deployment", "« {1} » n'est connu qu'au déploiement"),
        ReasonForm(
            "'{v}', which the template's transform may generate",
            "« {1} », que la transformation du modèle peut générer"),
        ReasonForm("condition '{v}'", "la condition « {1} »"),
        ReasonForm("a condition", "une condition"),
        ReasonForm("Systems Manager parameter '{v}'", "le paramètre Systems Manager « {1} »"),
        ReasonForm("Availability Zones of region '{v}'", "les zones de disponibilité de la région « {1} »"),
        ReasonForm("reference to undeclared '{v}'", "référence à « {1} », qui n'est pas déclaré"),
        ReasonForm("Fn::Transform macro '{v}'", "la macro « {1} » de Fn::Transform"),
        ReasonForm("Fn::Select index {v} out of range", "index {1} de Fn::Select hors limites"),
        ReasonForm("Fn::FindInMap key not found", "clé de Fn::FindInMap introuvable"),
        ReasonForm(
            "AWS::NoValue used where a value is required", "AWS::NoValue employé là où une valeur est requise"),
        ReasonForm("AWS::NoValue inside Fn::Sub", "AWS::NoValue dans Fn::Sub"),
        ReasonForm("invalid {v}", "{1} invalide"),

        // Template values of the wrong kind, as the adapters read them.
        ReasonForm("'{v}' must be a list, found {v}", "« {1} » doit être une liste, valeur trouvée : {2}"),
        ReasonForm(
            "an item of '{v}' must be a mapping, found {v}",
            "un élément de « {1} » doit être un mappage, valeur trouvée : {2}"),
        ReasonForm(
            "'{v}' is read from a value that is not a mapping",
            "« {1} » est lu dans une valeur qui n'est pas un mappage"),
        ReasonForm("'{v}' is not a string: {v}", "« {1} » n'est pas une chaîne : {2}"),
        ReasonForm("'{v}' is not a boolean: {v}", "« {1} » n'est pas un booléen : {2}"),
        ReasonForm("'{v}' is not an integer: {v}", "« {1} » n'est pas un entier : {2}"),
        ReasonForm("'{v}' is not a number: {v}", "« {1} » n'est pas un nombre : {2}"),
        ReasonForm("'{v}' has no value", "« {1} » n'a pas de valeur"),
        ReasonForm("expected an ID, ARN or name, found {v}", "ID, ARN ou nom attendu, valeur trouvée : {1}"),
        ReasonForm("expected a string, found {v}", "chaîne attendue, valeur trouvée : {1}"),
        ReasonForm("user data is not a string: {v}", "les données utilisateur ne sont pas une chaîne : {1}"),
        ReasonForm("not a string: {v}", "pas une chaîne : {1}"),
        ReasonForm("the policy document is not a mapping: {v}", "le document de politique n'est pas un mappage : {1}"),
        ReasonForm("the policy document is not valid JSON", "le document de politique n'est pas un JSON valide"),
        ReasonForm("the statement is unknown", "l'élément Statement est inconnu"),
        ReasonForm("Effect: {v}", "Effect : {1}"),
        ReasonForm("Principal: {v}", "Principal : {1}"),
        ReasonForm("Condition.{v}", "Condition.{1}"),
        ReasonForm("Condition", "Condition"),
        ReasonForm(
            "subnet {v} is not in the scanned templates", "le sous-réseau {1} n'est dans aucun modèle analysé"),
        ReasonForm("the subnet cannot be known", "le sous-réseau ne peut pas être connu"),
        ReasonForm("{v} is missing", "{1} est absent"),
        ReasonForm("no value", "aucune valeur"),

        // Checks that a rule cannot decide.
        ReasonForm("the bucket's name is not known", "le nom du compartiment n'est pas connu"),
        ReasonForm("the name of bucket {v} cannot be known", "le nom du compartiment {1} ne peut pas être connu"),
        ReasonForm("bucket '{v}' is not in the scan", "le compartiment « {1} » ne fait pas partie de l'analyse"),
        ReasonForm(
            "a flow log's status is known only in a live account",
            "l'état d'un journal de flux n'est connu que dans un compte réel"),
        ReasonForm(
            "flow log {v} captures a resource that cannot be known",
            "le journal de flux {1} capture une ressource qui ne peut pas être connue"),
        ReasonForm(
            "trail {v} uses advanced event selectors",
            "le journal de suivi {1} emploie des sélecteurs d'événements avancés"),
        ReasonForm(
            "the cluster inherits the encryption of its source snapshot or cluster",
            "la grappe hérite du chiffrement de l'instantané ou de la grappe dont elle provient"),
        ReasonForm("a principal is unknown", "un principal est inconnu"),
        ReasonForm("unknown protocol", "protocole inconnu"),
        ReasonForm("unknown range", "plage inconnue"),
    ]
}
