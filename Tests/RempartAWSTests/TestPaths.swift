import Foundation

/// Paths the tests derive from this file's location.
enum TestPaths {
    /// The package root (two levels above this test folder).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The fixtures beside the tests.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The shared Signature Version 4 suite in `../shared` next to the package, or in `../../shared`
    /// when the package is a git worktree one level deeper.
    static let sharedVectors: URL = {
        let parent = packageRoot.deletingLastPathComponent()
        let candidates = [parent, parent.deletingLastPathComponent()].map {
            $0.appendingPathComponent("shared/vectors/sigv4")
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }()
    /// Whether the shared suite is present.
    static var hasSharedVectors: Bool { FileManager.default.fileExists(atPath: sharedVectors.path) }
}
