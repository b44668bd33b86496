import Foundation
import RempartAWS
import RempartSupport

/// Why a deployment or its removal failed.
public enum DeployError: Error, Sendable {
    /// A template parameter whose value differs from the one the deployment was made with.
    public struct ParameterChange: Sendable, Equatable {
        /// The parameter's name, such as `AdminCIDR`.
        public var name: String
        /// The value recorded in the state file.
        public var deployed: String
        /// The value of this run.
        public var requested: String

        /// Creates a change.
        public init(name: String, deployed: String, requested: String) {
            self.name = name
            self.deployed = deployed
            self.requested = requested
        }
    }

    /// A resource of the deployment that still exists after a removal.
    public struct LeftResource: Sendable, Equatable {
        /// The step it belongs to: a logical ID.
        public var step: String
        /// Its CloudFormation type.
        public var type: String
        /// Its physical ID or name.
        public var id: String
        /// Whether it carries the deployment's tag. A resource with the deployment's name but no tag is reported
        /// and never deleted, because nothing proves that the deployment created it.
        public var isTagged: Bool

        /// Creates a description.
        public init(step: String, type: String, id: String, isTagged: Bool) {
            self.step = step
            self.type = type
            self.id = id
            self.isTagged = isTagged
        }
    }

    /// The deployment name cannot be used in resource names.
    case invalidName(String)
    /// The deployment exists with the other profile.
    case profileMismatch(name: String, deployed: String, requested: String)
    /// The state file exists but cannot be decoded.
    case invalidStateFile(path: String, reason: String)
    /// The state file could not be written.
    case stateNotWritten(path: String, reason: String)
    /// A local file other than the state, such as a scanned template, could not be written.
    case fileNotWritten(path: String, reason: String)
    /// A step's AWS call failed; later steps were not started.
    case stepFailed(step: String, title: String, underlying: AWSError)
    /// A step failed for a reason other than an AWS error.
    case stepAborted(step: String, title: String, reason: String)
    /// A step needs the result of a step that has not completed.
    case missingDependency(step: String, dependency: String)
    /// A resource did not reach the expected state in time.
    case waitTimedOut(resource: String, state: String, seconds: Int)
    /// Several steps failed during a removal; every independent branch was still attempted.
    case destroyFailed([DeployError])
    /// The scan before deployment found problems at or above the threshold.
    case findingsAboveThreshold(count: Int, threshold: Severity)
    /// The source directory to upload cannot be read.
    case unreadableSource(path: String, reason: String)
    /// A stack operation ended in a failed state.
    case stackFailed(stack: String, status: String, resource: String?, reason: String?)
    /// A stack's template could not be rendered.
    case templateNotRendered(stack: String, reason: String)
    /// A construct's resource type has no provisioner, so the API cannot create it.
    case unsupportedResourceType(logicalID: String, type: String)
    /// A property the API call needs is missing, or could not be resolved from what earlier steps created.
    case unresolvedProperty(logicalID: String, property: String, reason: String)
    /// The architecture cannot be turned into steps: a logical ID used twice, an import without export, a cycle.
    case invalidArchitecture(String)
    /// Another process has locked the deployment's lock file; `holder` is nil when the file names none yet.
    case locked(name: String, path: String, holder: DeploymentLock.Holder?)
    /// The deployment's state file records another region.
    case regionMismatch(name: String, deployed: String, requested: String)
    /// The parameters changed properties that the API cannot change in place on the recorded resources.
    case parametersChanged(name: String, changes: [ParameterChange], replaced: [String])
    /// Resources of the deployment still exist after every deletion ran.
    case resourcesLeft(name: String, [LeftResource])

    /// Whether the error comes from a step that ran, so that the state file records what was created before it
    /// and running the same command again resumes. Refusals before any step (a lock, another profile or
    /// region, changed parameters) are not.
    public var isStepFailure: Bool {
        switch self {
        case .stepFailed, .stepAborted, .missingDependency, .waitTimedOut, .unresolvedProperty, .destroyFailed:
            return true
        default:
            return false
        }
    }

    /// The message shown to the user, in English and French.
    public var message: LocalizedText {
        switch self {
        case .invalidName(let name):
            return LocalizedText(
                "invalid deployment name '\(name)': use 1 to 24 lower-case letters, digits or hyphens, starting with a "
                    + "letter and not ending with a hyphen",
                fr: "nom de déploiement « \(name) » invalide : utilisez de 1 à 24 lettres minuscules, chiffres ou traits "
                    + "d'union, en commençant par une lettre et sans trait d'union final")
        case .profileMismatch(let name, let deployed, let requested):
            return LocalizedText(
                "deployment '\(name)' exists with profile '\(deployed)', not '\(requested)'; destroy it first or use "
                    + "another name",
                fr: "le déploiement « \(name) » existe avec le profil « \(deployed) », pas « \(requested) » ; détruisez-le "
                    + "d'abord ou choisissez un autre nom")
        case .invalidStateFile(let path, let reason):
            return LocalizedText(
                "cannot read the deployment state '\(path)': \(reason); move it away to rebuild it from the tags",
                fr: "impossible de lire l'état du déploiement « \(path) » : \(reason) ; déplacez-le pour le "
                    + "reconstruire à partir des étiquettes")
        case .stateNotWritten(let path, let reason):
            return LocalizedText(
                "cannot write the deployment state '\(path)': \(reason)",
                fr: "impossible d'écrire l'état du déploiement « \(path) » : \(reason)")
        case .fileNotWritten(let path, let reason):
            return LocalizedText(
                "cannot write '\(path)': \(reason)", fr: "impossible d'écrire « \(path) » : \(reason)")
        case .stepFailed(let step, let title, let underlying):
            return LocalizedText(
                "step '\(step)' (\(title)) failed: \(underlying.message.english)",
                fr: "l'étape « \(step) » (\(title)) a échoué : \(underlying.message.french)")
        case .stepAborted(let step, let title, let reason):
            return LocalizedText(
                "step '\(step)' (\(title)) failed: \(reason)", fr: "l'étape « \(step) » (\(title)) a échoué : \(reason)")
        case .missingDependency(let step, let dependency):
            return LocalizedText(
                "step '\(step)' needs '\(dependency)', which has not been created",
                fr: "l'étape « \(step) » a besoin de « \(dependency) », qui n'a pas été créée")
        case .waitTimedOut(let resource, let state, let seconds):
            return LocalizedText(
                "'\(resource)' did not become \(state) within \(seconds) s",
                fr: "« \(resource) » n'est pas devenu \(state) en \(seconds) s")
        case .destroyFailed(let errors):
            let english = errors.map(\.message.english).joined(separator: "; ")
            let french = errors.map(\.message.french).joined(separator: "; ")
            return errors.count == 1
                ? LocalizedText(
                    "1 resource could not be deleted: \(english); run destroy again",
                    fr: "1 ressource n'a pas pu être supprimée : \(french) ; relancez destroy")
                : LocalizedText(
                    "\(errors.count) resources could not be deleted: \(english); run destroy again",
                    fr: "\(errors.count) ressources n'ont pas pu être supprimées : \(french) ; relancez destroy")
        case .findingsAboveThreshold(let count, let threshold):
            let findings = LocalizedText.count(count, "finding", fr: "constat")
            let severity = threshold.displayName
            // The next severity up, which lets these findings through: `--fail-on critical` above `high`.
            let raised = Severity(rawValue: threshold.rawValue + 1).map { "\($0)".lowercased() } ?? "none"
            let option = "--fail-on \(raised)"
            return LocalizedText(
                "the scan found \(findings.english) of severity \(severity.english) or higher; fix them, raise the "
                    + "threshold (\(option)) or pass --accept-findings",
                fr: "l'analyse a trouvé \(findings.french) de gravité \(severity.french) ou plus ; corrigez-les, "
                    + "relevez le seuil (\(option)) ou passez --accept-findings")
        case .unreadableSource(let path, let reason):
            return LocalizedText(
                "cannot read the source directory '\(path)': \(reason)",
                fr: "impossible de lire le dossier source « \(path) » : \(reason)")
        case .stackFailed(let stack, let status, let resource, let reason):
            let english = resource.map { ", resource '\($0)'" } ?? ""
            let french = resource.map { ", ressource « \($0) »" } ?? ""
            return LocalizedText(
                "stack '\(stack)' ended in \(status)\(english)\(reason.map { ": \($0)" } ?? "")",
                fr: "la pile « \(stack) » s'est terminée en \(status)\(french)\(reason.map { " : \($0)" } ?? "")")
        case .templateNotRendered(let stack, let reason):
            return LocalizedText(
                "cannot render the template of stack '\(stack)': \(reason)",
                fr: "impossible de produire le modèle de la pile « \(stack) » : \(reason)")
        case .unsupportedResourceType(let logicalID, let type):
            return LocalizedText(
                "'\(logicalID)' has type '\(type)', which the API deployment cannot create; deploy it through "
                    + "CloudFormation (--via cloudformation)",
                fr: "« \(logicalID) » est de type « \(type) », que le déploiement par l'API ne sait pas créer ; "
                    + "déployez-le par CloudFormation (--via cloudformation)")
        case .unresolvedProperty(let logicalID, let property, let reason):
            return LocalizedText(
                "property '\(property)' of '\(logicalID)' cannot be used: \(reason)",
                fr: "la propriété « \(property) » de « \(logicalID) » est inutilisable : \(reason)")
        case .invalidArchitecture(let reason):
            return LocalizedText(
                "the architecture cannot be deployed through the API: \(reason)",
                fr: "l'architecture ne peut pas être déployée par l'API : \(reason)")
        case .locked(let name, let path, let holder):
            return Self.lockedMessage(name: name, path: path, holder: holder)
        case .regionMismatch(let name, let deployed, let requested):
            return LocalizedText(
                "deployment '\(name)' exists in region '\(deployed)', not '\(requested)'; run the command with "
                    + "--region \(deployed), or use another name",
                fr: "le déploiement « \(name) » existe dans la région « \(deployed) », pas « \(requested) » ; relancez "
                    + "la commande avec --region \(deployed) ou choisissez un autre nom")
        case .parametersChanged(let name, let changes, let replaced):
            return Self.parametersChangedMessage(name: name, changes: changes, replaced: replaced)
        case .resourcesLeft(let name, let left):
            return Self.resourcesLeftMessage(name: name, left: left)
        }
    }

    // MARK: - Messages

    private static func lockedMessage(name: String, path: String, holder: DeploymentLock.Holder?) -> LocalizedText {
        let formatter = ISO8601DateFormatter()
        let english = holder.map { " (\($0.command), pid \($0.pid), started \(formatter.string(from: $0.started)))" } ?? ""
        let french = holder.map { " (\($0.command), pid \($0.pid), démarré le \(formatter.string(from: $0.started)))" } ?? ""
        return LocalizedText(
            "deployment '\(name)' is in use by another rempart process\(english), which has locked '\(path)'; wait "
                + "for it to end, then run the command again",
            fr: "le déploiement « \(name) » est utilisé par un autre processus rempart\(french), qui verrouille "
                + "« \(path) » ; attendez qu'il se termine, puis relancez la commande")
    }

    private static func parametersChangedMessage(name: String, changes: [ParameterChange], replaced: [String])
        -> LocalizedText
    {
        let english = changes.map { "\($0.name) '\($0.deployed)', not '\($0.requested)'" }.joined(separator: ", ")
        let french = changes.map { "\($0.name) « \($0.deployed) », pas « \($0.requested) »" }.joined(separator: ", ")
        let resources = replaced.joined(separator: ", ")
        return LocalizedText(
            "deployment '\(name)' was made with \(english); this change needs new resources (\(resources)), which the "
                + "API deployment does not replace: run 'rempart destroy --name \(name) --yes' first, or use another "
                + "name",
            fr: "le déploiement « \(name) » a été fait avec \(french) ; ce changement exige de nouvelles ressources "
                + "(\(resources)), que le déploiement par l'API ne remplace pas : lancez d'abord "
                + "« rempart destroy --name \(name) --yes » ou choisissez un autre nom")
    }

    private static func resourcesLeftMessage(name: String, left: [LeftResource]) -> LocalizedText {
        let tagged = left.filter(\.isTagged).map { "\($0.step) (\($0.type) \($0.id))" }
        let untagged = left.filter { !$0.isTagged }.map { "\($0.step) (\($0.type) \($0.id))" }
        var english = "deployment '\(name)' is not fully deleted: \(left.count) \(left.count == 1 ? "resource is" : "resources are") left"
        var french = "le déploiement « \(name) » n'est pas entièrement supprimé : \(left.count) "
            + (left.count == 1 ? "ressource reste" : "ressources restent")
        if !tagged.isEmpty {
            english += "; tagged with the deployment: \(tagged.joined(separator: ", ")); run destroy again"
            french += " ; étiquetées avec le déploiement : \(tagged.joined(separator: ", ")) ; relancez destroy"
        }
        if !untagged.isEmpty {
            english += "; named after the deployment but without its rempart:deployment tag, so not deleted: "
                + "\(untagged.joined(separator: ", ")); delete them yourself if the deployment created them"
            french += " ; nommées d'après le déploiement, mais sans son étiquette rempart:deployment, donc non "
                + "supprimées : \(untagged.joined(separator: ", ")) ; supprimez-les vous-même si le déploiement les a créées"
        }
        return LocalizedText(english, fr: french)
    }
}
