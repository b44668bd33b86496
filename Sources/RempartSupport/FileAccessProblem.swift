import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The reasons a path cannot be read, in the words of the C library's error messages, in English and French.
///
/// Foundation reports a failed read as "The operation could not be completed" or with an
/// `NSCocoaErrorDomain` code, which does not name the cause. These reasons name it instead:
/// a missing file, a broken link, a loop of links, a permission or a directory.
public enum FileAccessProblem {
    /// Returns why `path` cannot be opened as a regular file for reading, or nil when it can.
    ///
    /// The path is opened and closed again, so the reason is the one the system gives now.
    public static func problem(readingFile path: String) -> LocalizedText? {
        var status = stat()
        guard stat(path, &status) == 0 else { return reason(errno: errno, path: path) }
        if status.st_mode & S_IFMT == S_IFDIR { return reason(errno: EISDIR, path: path) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return reason(errno: errno, path: path) }
        close(descriptor)
        return nil
    }

    /// Returns why `path` cannot be found at all, or nil when it exists (file or directory).
    public static func problem(finding path: String) -> LocalizedText? {
        var status = stat()
        guard stat(path, &status) != 0 else { return nil }
        return reason(errno: errno, path: path)
    }

    /// Returns the reason for the POSIX error `code` met on `path`.
    ///
    /// A missing target of an existing symbolic link is named a broken link, because "no such
    /// file" would send the user looking for a typo in a name that `ls` lists.
    public static func reason(errno code: Int32, path: String? = nil) -> LocalizedText {
        switch code {
        case ENOENT:
            var status = stat()
            if let path, lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
                return LocalizedText(
                    "broken symbolic link: its target does not exist",
                    fr: "lien symbolique brisé : sa cible n'existe pas")
            }
            return LocalizedText("no such file or directory", fr: "fichier ou dossier introuvable")
        case EACCES, EPERM:
            return LocalizedText("permission denied", fr: "permission refusée")
        case ELOOP:
            return LocalizedText(
                "too many levels of symbolic links (the links form a loop)",
                fr: "trop de niveaux de liens symboliques (les liens forment une boucle)")
        case EISDIR:
            return LocalizedText("it is a directory", fr: "c'est un dossier")
        case ENOTDIR:
            return LocalizedText(
                "a part of the path is not a directory", fr: "une partie du chemin n'est pas un dossier")
        case ENAMETOOLONG:
            return LocalizedText("the file name is too long", fr: "le nom de fichier est trop long")
        case EIO:
            return LocalizedText("input/output error", fr: "erreur d'entrée-sortie")
        default:
            // A rare error keeps the C library's English text, which still names the cause.
            let text = String(cString: strerror(code)).lowercased()
            return LocalizedText(text, fr: text)
        }
    }

    /// Returns the POSIX error code behind `error`, looking through Foundation's wrapping errors.
    public static func posixCode(of error: any Error) -> Int32? {
        if let error = error as? POSIXError { return error.code.rawValue }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(of: underlying) }
        if error.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: error.code) {
            case .fileReadNoSuchFile, .fileNoSuchFile: return ENOENT
            case .fileReadNoPermission, .fileWriteNoPermission: return EACCES
            case .fileWriteOutOfSpace: return ENOSPC
            case .fileWriteVolumeReadOnly: return EROFS
            default: return nil
            }
        }
        return nil
    }
}
