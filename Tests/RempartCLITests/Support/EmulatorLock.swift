import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on the emulator, shared by every suite in every test target that resets it.
///
/// Suites of different targets run in parallel, and a reset wipes every test's resources. So
/// each suite that resets the emulator holds this lock while it runs, by listing
/// `.emulatorLock` in its traits. The lock is a `flock` on a file named after the endpoint's port.
struct EmulatorLock: SuiteTrait, TestScoping {
    /// The emulator's endpoint; without one the suite is skipped and nothing is locked.
    var endpoint: URL?

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        guard let endpoint else { return try await function() }
        try await Self.withLock(endpoint, function)
    }

    /// Runs `body` while holding the lock for `endpoint`.
    static func withLock<Result>(_ endpoint: URL, _ body: () async throws -> Result) async throws -> Result {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("rempart-emulator-\(endpoint.port ?? 0).lock").path
        let descriptor = open(path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        // Poll rather than block, so a waiting suite does not hold a thread of the cooperative pool.
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        defer { flock(descriptor, LOCK_UN) }
        return try await body()
    }
}

extension Trait where Self == EmulatorLock {
    /// Holds the emulator lock of `REMPART_TEST_ENDPOINT` while the suite runs.
    static var emulatorLock: EmulatorLock {
        EmulatorLock(
            endpoint: ProcessInfo.processInfo.environment["REMPART_TEST_ENDPOINT"].flatMap {
                $0.isEmpty ? nil : URL(string: $0)
            })
    }
}
