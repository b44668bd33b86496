import Foundation
import RempartDeploy
import RempartSupport
import Testing

/// The lock file beside the state: a second run of one deployment stops at once, a lock left by a process that
/// died is taken over with a warning, and the file goes away when the run ends.
struct DeploymentLockTests {
    @Test func secondHolderIsRejected() throws {
        let directory = try Emulator.scratchDirectory()
        let first = try DeploymentLock.acquire(name: "lab", in: directory, command: "deploy")
        #expect(first.holder.pid == ProcessInfo.processInfo.processIdentifier)
        #expect(first.staleHolder == nil)
        #expect(first.url.path == directory.appendingPathComponent(".rempart/deployments/lab.lock").path)

        let error = #expect(throws: DeployError.self) {
            _ = try DeploymentLock.acquire(name: "lab", in: directory, command: "destroy")
        }
        guard case .locked(let name, let path, let holder)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(name == "lab")
        #expect(path == first.url.path)
        #expect(holder == first.holder)
        let started = ISO8601DateFormatter().string(from: first.holder.started)
        #expect(
            error?.message.english
                == "deployment 'lab' is in use by another rempart process (deploy, pid \(first.holder.pid), started "
                + "\(started)), which has locked '\(path)'; wait for it to end, then run the command again")

        // Another deployment has its own lock.
        let other = try DeploymentLock.acquire(name: "other", in: directory, command: "deploy")
        other.release()

        first.release()
        #expect(!FileManager.default.fileExists(atPath: first.url.path))
        let again = try DeploymentLock.acquire(name: "lab", in: directory, command: "destroy")
        #expect(again.staleHolder == nil)
        again.release()
    }

    @Test func staleLockIsTakenOver() throws {
        let directory = try Emulator.scratchDirectory()
        let url = DeploymentLock.fileURL(name: "lab", in: directory)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // A process that died holds no flock, so only its entry is left.
        try Data(#"{"command":"deploy","pid":999999,"started":"2026-01-02T03:04:05Z"}"#.utf8).write(to: url)

        let lock = try DeploymentLock.acquire(name: "lab", in: directory, command: "deploy")
        defer { lock.release() }
        #expect(
            lock.staleHolder
                == DeploymentLock.Holder(pid: 999_999, started: Date(timeIntervalSince1970: 1_767_323_045), command: "deploy"))
        let written = try String(contentsOf: url, encoding: .utf8)
        #expect(written.contains("\"pid\":\(ProcessInfo.processInfo.processIdentifier)"))
        #expect(written.contains("\"command\":\"deploy\""))
    }

    @Test func deployerReportsStaleLockAndReleases() async throws {
        let directory = try Emulator.scratchDirectory()
        let url = DeploymentLock.fileURL(name: "gone", in: directory)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"command":"destroy","pid":999999,"started":"2026-01-02T03:04:05Z"}"#.utf8).write(to: url)

        // The endpoint is a closed port, but a destroy without state and without resources still checks AWS:
        // the lock is taken and reported before that, and released after the failure.
        let warnings = WarningLog()
        let (services, _) = Emulator.services(endpoint: URL(string: "http://127.0.0.1:9"))
        let deployer = APIDeployer(services: services, directory: directory, onWarning: { warnings.append($0) })
        await #expect(throws: (any Error).self) { try await deployer.destroy(name: "gone") { _ in } }
        #expect(
            warnings.all.map(\.english)
                == [
                    "took over the lock '\(url.path)' left by process 999999 (destroy, started 2026-01-02T03:04:05Z), "
                        + "which is no longer running"
                ])
        #expect(warnings.all.first?.french.hasPrefix("reprise du verrou") == true)
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}

/// Collects the warnings of a deployer.
final class WarningLog: @unchecked Sendable {
    // The lock guards `warnings`; that is why the class can be marked @unchecked Sendable.
    private let lock = NSLock()
    private var warnings: [LocalizedText] = []

    var all: [LocalizedText] { lock.withLock { warnings } }

    func append(_ warning: LocalizedText) { lock.withLock { warnings.append(warning) } }
}
