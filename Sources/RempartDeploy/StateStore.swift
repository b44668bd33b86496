import Foundation

/// Keeps a deployment's state in memory and on disk, writing the file atomically after every change.
///
/// Steps run concurrently, so the store is an actor: each change and its write happen one at a time.
public actor StateStore {
    /// The state file; nil keeps the state in memory only (dry runs and tests of the engine).
    public let fileURL: URL?
    private(set) var state: DeploymentState

    /// Creates a store holding `state`, written to `fileURL` on every change.
    public init(state: DeploymentState, fileURL: URL?) {
        self.state = state
        self.fileURL = fileURL
    }

    /// Returns the state file of deployment `name` under `directory` (`<directory>/.rempart/deployments/<name>.json`).
    public static func fileURL(name: String, in directory: URL) -> URL {
        directory.appendingPathComponent(".rempart/deployments/\(name).json")
    }

    /// Returns the directory of deployment `name`'s templates as its deployment scanned them
    /// (`<directory>/.rempart/deployments/<name>/`), beside its state file.
    public static func templatesDirectory(name: String, in directory: URL) -> URL {
        directory.appendingPathComponent(".rempart/deployments/\(name)", isDirectory: true)
    }

    /// Reads a state file, or returns nil when there is none.
    ///
    /// - Throws: `DeployError.invalidStateFile` when the file exists but cannot be read or decoded.
    public static func load(_ url: URL) throws -> DeploymentState? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(DeploymentState.self, from: Data(contentsOf: url))
        } catch {
            throw DeployError.invalidStateFile(path: url.path, reason: "\(error)")
        }
    }

    /// The current state.
    public var current: DeploymentState { state }

    /// Returns the record of step `id`, or nil when the step has not completed.
    public func record(_ id: String) -> ResourceRecord? { state.resources[id] }

    /// Whether a create call of step `id` was sent without its result being recorded.
    public func isPending(_ id: String) -> Bool { state.pending.contains(id) }

    /// Returns whether step `id` is recorded but has to be updated, because its properties changed with the
    /// parameters.
    public func isOutdated(_ id: String) -> Bool { state.outdated.contains(id) }

    /// Writes the state as it is, such as after a change of the recorded parameters.
    public func save() throws {
        try write()
    }

    /// Marks step `id` as being created and writes the file.
    public func markPending(_ id: String) throws {
        if !state.pending.contains(id) { state.pending.append(id) }
        try write()
    }

    /// Records the result of step `id` and writes the file.
    public func complete(_ id: String, _ record: ResourceRecord) throws {
        state.resources[id] = record
        state.pending.removeAll { $0 == id }
        state.outdated.removeAll { $0 == id }
        try write()
    }

    /// Forgets step `id` (its resource was deleted) and writes the file.
    public func remove(_ id: String) throws {
        state.resources[id] = nil
        state.pending.removeAll { $0 == id }
        state.outdated.removeAll { $0 == id }
        try write()
    }

    /// Writes the state atomically: to `.<name>.json.tmp` beside the state file, then renamed over it, so a crash
    /// leaves either the old or the new state and never half of one. The temporary file has a fixed name, so a
    /// run killed during a write leaves at most that one file, which the next write replaces.
    private func write() throws {
        guard let fileURL else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let temporary = Self.temporaryURL(for: fileURL)
        do {
            try FileManager.default.createDirectory(
                at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try encoder.encode(state).write(to: temporary)
        } catch {
            throw DeployError.stateNotWritten(path: fileURL.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, fileURL.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw DeployError.stateNotWritten(path: fileURL.path, reason: reason)
        }
    }

    /// Returns the temporary file that `write()` renames over `fileURL`.
    static func temporaryURL(for fileURL: URL) -> URL {
        fileURL.deletingLastPathComponent().appendingPathComponent(".\(fileURL.lastPathComponent).tmp")
    }
}
