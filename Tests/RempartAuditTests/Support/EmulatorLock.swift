import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on the emulator, shared by every test in every process that resets it.
///
/// Suites run in parallel and a reset wipes every test's resources, so each test that resets
/// the emulator holds this lock, a `flock` on a file named after the endpoint's port, for its
/// whole duration.
enum EmulatorLock {
    /// Runs `body` while holding the lock for `endpoint`.
    static func withLock<Result>(_ endpoint: URL, _ body: () async throws -> Result) async throws -> Result {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("rempart-emulator-\(endpoint.port ?? 0).lock").path
        let descriptor = open(path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        // Poll rather than block, so a waiting test does not hold a thread of the cooperative pool.
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        defer { flock(descriptor, LOCK_UN) }
        return try await body()
    }
}
