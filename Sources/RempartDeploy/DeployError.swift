import Foundation
import RempartAWS
import RempartSupport

/// Why a deployment or its removal failed.
public enum DeployError: Error, Sendable {
    /// The deployment name cannot be used in resource names.
    case invalidName(String)
    /// The deployment exists with the other profile.
    case profileMismatch(name: String, deployed: String, requested: String)
    /// The state file exists but cannot be decoded.
    case invalidStateFile(path: String, reason: String)
    /// The state file could not be written.
    case stateNotWritten(path: String, reason: String)
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
            return LocalizedText(
                "\(errors.count) resources could not be deleted: \(english); run destroy again",
                fr: "\(errors.count) ressources n'ont pas pu être supprimées : \(french) ; relancez destroy")
        case .findingsAboveThreshold(let count, let threshold):
            return LocalizedText(
                "the scan found \(count) problems at or above \(threshold); fix them, raise --fail-on or "
                    + "pass --accept-findings",
                fr: "l'analyse a trouvé \(count) problèmes de gravité \(threshold) ou plus ; corrigez-les, "
                    + "relevez --fail-on ou passez --accept-findings")
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
        }
    }
}
