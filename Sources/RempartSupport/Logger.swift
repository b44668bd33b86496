import Foundation

/// A small structured logger passed to library code as a parameter.
///
/// Library code never prints and never creates its own logger: the command builds one from
/// `-v`, `-vv` and `--log-level` and hands it down. Messages are `@autoclosure`s, so a
/// disabled level costs nothing.
public struct Logger: Sendable {
    /// Logging levels, from the most to the least verbose.
    public enum Level: Int, Comparable, Sendable, CaseIterable {
        case trace, debug, info, notice, warning, error

        /// Parses a level name such as `debug`; returns nil for an unknown name.
        public init?(name: String) {
            guard let level = Level.allCases.first(where: { "\($0)" == name.lowercased() }) else { return nil }
            self = level
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Metadata attached to a log line, with dotted keys such as `aws.operation`.
    public typealias Metadata = [String: String]

    /// The least severe level that is written.
    public var level: Level
    /// Metadata added to every line this logger writes.
    public var metadata: Metadata
    private let handler: any LogHandler

    /// Creates a logger writing through `handler`.
    public init(level: Level = .warning, handler: any LogHandler = StandardErrorLogHandler(), metadata: Metadata = [:]) {
        self.level = level
        self.handler = handler
        self.metadata = metadata
    }

    /// A logger that writes nothing, for callers that do not care.
    public static let disabled = Logger(level: .error, handler: NullLogHandler())

    /// Writes `message` at `level` when that level is enabled.
    public func log(_ level: Level, _ message: @autoclosure () -> String, metadata extra: Metadata = [:]) {
        guard level >= self.level else { return }
        handler.write(level: level, message: message(), metadata: metadata.merging(extra) { $1 })
    }

    /// Returns whether `level` would be written, to skip building expensive messages.
    public func isEnabled(_ level: Level) -> Bool { level >= self.level }

    public func trace(_ message: @autoclosure () -> String, metadata: Metadata = [:]) {
        log(.trace, message(), metadata: metadata)
    }

    public func debug(_ message: @autoclosure () -> String, metadata: Metadata = [:]) {
        log(.debug, message(), metadata: metadata)
    }

    public func info(_ message: @autoclosure () -> String, metadata: Metadata = [:]) {
        log(.info, message(), metadata: metadata)
    }

    public func notice(_ message: @autoclosure () -> String, metadata: Metadata = [:]) {
        log(.notice, message(), metadata: metadata)
    }

    public func warning(_ message: @autoclosure () -> String, metadata: Metadata = [:]) {
        log(.warning, message(), metadata: metadata)
    }

    public func error(_ message: @autoclosure () -> String, metadata: Metadata = [:]) {
        log(.error, message(), metadata: metadata)
    }
}

/// A destination for log lines.
public protocol LogHandler: Sendable {
    /// Writes one line; called only for enabled levels.
    func write(level: Logger.Level, message: String, metadata: Logger.Metadata)
}

/// Writes `LEVEL message key=value …` lines to standard error.
public struct StandardErrorLogHandler: LogHandler {
    public init() {}

    public func write(level: Logger.Level, message: String, metadata: Logger.Metadata) {
        var line = "\(String(describing: level).uppercased()) \(message)"
        for key in metadata.keys.sorted() {
            line += " \(key)=\(metadata[key] ?? "")"
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Discards every line.
public struct NullLogHandler: LogHandler {
    public init() {}
    public func write(level: Logger.Level, message: String, metadata: Logger.Metadata) {}
}

/// Keeps every line in memory, so tests can assert on logs without process-wide setup.
public final class InMemoryLogHandler: LogHandler, @unchecked Sendable {
    /// One captured line.
    public struct Entry: Sendable {
        public var level: Logger.Level
        public var message: String
        public var metadata: Logger.Metadata
    }

    // The lock guards `storage`; that is why the class can be marked @unchecked Sendable.
    private let lock = NSLock()
    private var storage: [Entry] = []

    public init() {}

    /// The lines written so far, oldest first.
    public var entries: [Entry] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }

    public func write(level: Logger.Level, message: String, metadata: Logger.Metadata) {
        lock.lock()
        defer { lock.unlock() }
        storage.append(Entry(level: level, message: message, metadata: metadata))
    }
}
