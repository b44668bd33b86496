import Foundation

/// A lock shared by every test process that resets the deployment tests' emulator (`REMPART_TEST_ENDPOINT_DEPLOY`,
/// else `REMPART_TEST_ENDPOINT`), so that one test's reset cannot wipe another test's resources: an exclusive
/// `flock` on a file named after the endpoint's port.
enum EmulatorLock {
    /// Runs `body` while holding the lock, polling for it every 50 ms without blocking a thread.
    static func run<T>(_ body: () async throws -> T) async throws -> T {
        let environment = ProcessInfo.processInfo.environment
        let endpoint = [environment["REMPART_TEST_ENDPOINT_DEPLOY"], environment["REMPART_TEST_ENDPOINT"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        // The same file as the CLI tests' lock, named after the endpoint's port, so both targets take turns.
        let port = endpoint.flatMap { URL(string: $0)?.port } ?? 0
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rempart-emulator-\(port).lock").path
        let descriptor = open(path, O_CREAT | O_RDWR, 0o600)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        defer { flock(descriptor, LOCK_UN) }
        return try await body()
    }
}
