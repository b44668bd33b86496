import Dispatch
import Foundation
import RempartSupport

/// Prints what to do next when `deploy` or `destroy` is interrupted (SIGINT, SIGTERM) and exits with 130, the
/// status of a shell command stopped by SIGINT.
///
/// The state file is written after every step, so stopping at any point loses nothing, and the notice states
/// what to run next. The kernel releases the deployment's lock when the process ends, and the next run takes
/// the lock file over.
final class InterruptNotice: @unchecked Sendable {
    // After `init`, only `cancel()` changes the sources, under `lock`; that is why the class is @unchecked Sendable.
    private let lock = NSLock()
    private var sources: [any DispatchSourceSignal] = []

    /// Starts watching for SIGINT and SIGTERM, printing `message` in the context's language when one comes.
    init(message: LocalizedText, context: CommandContext) {
        let text = message(context.language)
        for number in [SIGINT, SIGTERM] {
            // The default action would end the process before the handler runs.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                context.standardError.write(text)
                // `exit` would run the runtime's teardown while other threads still use it, which
                // can crash; the state file is already on disk, so flushing the streams is enough.
                fflush(nil)
                _exit(130)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops watching and restores the default actions.
    func cancel() {
        lock.withLock {
            for source in sources { source.cancel() }
            sources.removeAll()
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
    }

    /// Returns the notice of an interrupted deploy of `name`.
    static func deploy(_ name: String) -> LocalizedText {
        LocalizedText(
            "\nrempart: interrupted; what was created is recorded in .rempart/deployments/\(name).json: run the same "
                + "deploy again to resume, or 'rempart destroy --name \(name) --yes' to remove it\n",
            fr: "\nrempart : interrompu ; ce qui a été créé est consigné dans .rempart/deployments/\(name).json : "
                + "relancez le même déploiement pour reprendre, ou « rempart destroy --name \(name) --yes » pour le "
                + "supprimer\n")
    }

    /// Returns the notice of an interrupted destroy of `name`.
    static func destroy(_ name: String) -> LocalizedText {
        LocalizedText(
            "\nrempart: interrupted; run 'rempart destroy --name \(name) --yes' again to delete what is left\n",
            fr: "\nrempart : interrompu ; relancez « rempart destroy --name \(name) --yes » pour supprimer ce qui "
                + "reste\n")
    }
}
