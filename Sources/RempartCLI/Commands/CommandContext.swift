import Foundation
import RempartSupport

/// The process state a command receives: environment, directory, language and output streams.
///
/// Tests build one with in-memory streams, so commands never touch process-wide state.
public struct CommandContext: Sendable {
    /// The environment variables.
    public var environment: [String: String]
    /// The directory relative paths start from.
    public var workingDirectory: String
    /// The language of messages, from `--lang` or the locale variables.
    public var language: Language
    /// The stream for the product: the report, JSON or SARIF.
    public var standardOutput: any TextOutput
    /// The stream for diagnostics, summaries and logs.
    public var standardError: any TextOutput

    /// Creates a context.
    public init(
        environment: [String: String], workingDirectory: String, language: Language,
        standardOutput: any TextOutput, standardError: any TextOutput
    ) {
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.language = language
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// Prints a diagnostic as `path:line:col: error: message` on standard error.
    func report(_ diagnostic: Diagnostic) {
        standardError.write(diagnostic.formatted(in: language) + "\n")
    }
}

/// A stream of text, such as standard output.
public protocol TextOutput: Sendable {
    /// Whether the stream is a terminal, which decides `--color auto`.
    var isTerminal: Bool { get }
    /// Writes `text` as UTF-8.
    func write(_ text: String)
    /// Writes bytes, such as a report already encoded as UTF-8.
    func write(_ data: Data)
}

extension TextOutput {
    public func write(_ data: Data) {
        write(String(decoding: data, as: UTF8.self))
    }
}

/// Standard output or standard error of the process.
public struct FileDescriptorOutput: TextOutput {
    private let descriptor: Int32

    /// The process's standard output.
    public static let standardOutput = FileDescriptorOutput(descriptor: STDOUT_FILENO)
    /// The process's standard error.
    public static let standardError = FileDescriptorOutput(descriptor: STDERR_FILENO)

    public var isTerminal: Bool { isatty(descriptor) == 1 }

    public func write(_ text: String) {
        write(Data(text.utf8))
    }

    public func write(_ data: Data) {
        let handle = descriptor == STDOUT_FILENO ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(data)
    }
}

/// Collects text in memory, for tests.
public final class BufferedOutput: TextOutput, @unchecked Sendable {
    // The lock guards `buffer`; that is why the class can be marked @unchecked Sendable.
    private let lock = NSLock()
    private var buffer = ""

    public init() {}

    public var isTerminal: Bool { false }

    /// Everything written so far.
    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }

    public func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        buffer += text
    }
}
