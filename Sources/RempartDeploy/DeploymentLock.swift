import Foundation

/// An exclusive claim on one deployment, so that two runs of `deploy` or `destroy` never work on it at once:
/// the file `.rempart/deployments/<name>.lock` beside the state file, locked with `flock` and holding the
/// holder's process ID and start time.
///
/// The kernel releases a `flock` when its process ends, however it ends. A lock file that still names a holder
/// while its lock is free was therefore left by a process that died, and the next run takes it over and reports
/// it. A run that ends normally deletes the file.
public final class DeploymentLock: @unchecked Sendable {
    /// The holder of a lock, written into the lock file as JSON.
    public struct Holder: Codable, Sendable, Equatable {
        /// The process ID.
        public var pid: Int32
        /// When the process took the lock.
        public var started: Date
        /// The command: `deploy` or `destroy`.
        public var command: String

        /// Creates a holder description.
        public init(pid: Int32, started: Date, command: String) {
            self.pid = pid
            self.started = started
            self.command = command
        }
    }

    /// The lock file.
    public let url: URL
    /// This process's entry in the file.
    public let holder: Holder
    /// The holder named in a lock file left by a process that ended without releasing it. This lock took that file
    /// over; nil when the file was free.
    public let staleHolder: Holder?
    // The descriptor is only closed by `release()`, under `lock`; that is why the class is @unchecked Sendable.
    private let lock = NSLock()
    private var descriptor: Int32

    private init(url: URL, descriptor: Int32, holder: Holder, staleHolder: Holder?) {
        self.url = url
        self.descriptor = descriptor
        self.holder = holder
        self.staleHolder = staleHolder
    }

    deinit {
        release()
    }

    /// Returns the lock file of deployment `name` under `directory`.
    public static func fileURL(name: String, in directory: URL) -> URL {
        directory.appendingPathComponent(".rempart/deployments/\(name).lock")
    }

    /// Takes the lock of deployment `name`, without waiting.
    ///
    /// - Throws: `DeployError.locked` when another process has the lock, `DeployError.stateNotWritten` when the
    ///   file cannot be created or written.
    public static func acquire(name: String, in directory: URL, command: String) throws -> DeploymentLock {
        let url = fileURL(name: name, in: directory)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw DeployError.stateNotWritten(path: url.path, reason: error.localizedDescription)
        }

        // A holder that releases deletes the file while it still has the lock, so a descriptor locked after
        // that points at a deleted file: open the path again until the locked file is the one at the path.
        for _ in 0..<10 {
            let descriptor = open(url.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw systemError(url) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let busy = errno == EWOULDBLOCK
                let error = systemError(url)
                let current = readHolder(descriptor)
                close(descriptor)
                if busy { throw DeployError.locked(name: name, path: url.path, holder: current) }
                throw error
            }
            guard isSameFile(descriptor, url) else {
                close(descriptor)
                continue
            }
            let stale = readHolder(descriptor)
            // Whole seconds, as the file's ISO 8601 dates hold them.
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            let holder = Holder(pid: ProcessInfo.processInfo.processIdentifier, started: now, command: command)
            do {
                try write(holder, to: descriptor)
            } catch {
                close(descriptor)
                throw DeployError.stateNotWritten(path: url.path, reason: "\(error)")
            }
            return DeploymentLock(url: url, descriptor: descriptor, holder: holder, staleHolder: stale)
        }
        throw DeployError.locked(name: name, path: url.path, holder: nil)
    }

    /// Deletes the lock file and releases the lock; later calls do nothing.
    public func release() {
        lock.withLock {
            guard descriptor >= 0 else { return }
            unlink(url.path)
            close(descriptor)
            descriptor = -1
        }
    }

    // MARK: - File contents

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// Returns the holder written in the open file, or nil when it is empty or unreadable.
    private static func readHolder(_ descriptor: Int32) -> Holder? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var offset: off_t = 0
        while true {
            let count = pread(descriptor, &buffer, buffer.count, offset)
            guard count > 0 else { break }
            data.append(contentsOf: buffer[0..<count])
            offset += off_t(count)
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(Holder.self, from: data)
    }

    /// Replaces the open file's contents with `holder`.
    private static func write(_ holder: Holder, to descriptor: Int32) throws {
        let data = try encoder.encode(holder) + Data("\n".utf8)
        guard ftruncate(descriptor, 0) == 0 else { throw CocoaError(.fileWriteUnknown) }
        let written = data.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, data.count, 0) }
        guard written == data.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Returns whether the open file is the one at `url`, not one deleted since it was opened.
    private static func isSameFile(_ descriptor: Int32, _ url: URL) -> Bool {
        var opened = stat()
        var current = stat()
        guard fstat(descriptor, &opened) == 0, stat(url.path, &current) == 0 else { return false }
        return opened.st_ino == current.st_ino && opened.st_dev == current.st_dev
    }

    private static func systemError(_ url: URL) -> DeployError {
        DeployError.stateNotWritten(path: url.path, reason: String(cString: strerror(errno)))
    }
}
