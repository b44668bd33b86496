import Foundation
import RempartSupport

/// Reasons for failed report writes in the user's language, instead of Foundation's English text.
extension ReportFile {
    /// The reason `error` gives for a failed open, write or rename, in English and French.
    ///
    /// Permission, space, quota and read-only errors get their own wording with advice; any
    /// other error keeps the system's text, which Foundation gives in English only.
    static func reason(for error: any Error) -> LocalizedText {
        if let problem = error as? Problem { return problem.message }
        switch posixCode(of: error) {
        case .EACCES?, .EPERM?:
            return LocalizedText(
                "permission denied; choose a folder you can write to",
                fr: "permission refusée ; choisissez un dossier où vous pouvez écrire")
        case .ENOSPC?, .EDQUOT?:
            return LocalizedText(
                "no space left on the device; free some space or write the report elsewhere",
                fr: "plus d'espace sur le périphérique ; libérez de l'espace ou écrivez le rapport ailleurs")
        case .EROFS?:
            return LocalizedText(
                "the file system is read-only; write the report elsewhere",
                fr: "le système de fichiers est en lecture seule ; écrivez le rapport ailleurs")
        case .EISDIR?:
            return LocalizedText(
                "it is a directory; give a file path", fr: "c'est un dossier ; indiquez un chemin de fichier")
        default:
            let text = (error as NSError).localizedFailureReason ?? error.localizedDescription
            return LocalizedText(text, fr: text)
        }
    }

    /// The POSIX error code behind `error`, looking through Foundation's wrapping errors.
    static func posixCode(of error: any Error) -> POSIXErrorCode? {
        if let error = error as? POSIXError { return error.code }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return POSIXErrorCode(rawValue: Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return posixCode(of: underlying)
        }
        if error.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: error.code) {
            case .fileWriteNoPermission: return .EACCES
            case .fileWriteOutOfSpace: return .ENOSPC
            case .fileWriteVolumeReadOnly: return .EROFS
            default: return nil
            }
        }
        return nil
    }
}
