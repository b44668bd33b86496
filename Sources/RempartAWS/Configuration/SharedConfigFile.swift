import Foundation

/// A parsed `~/.aws/credentials` or `~/.aws/config` file: INI sections of `key = value` lines.
///
/// Indented lines under a key with an empty value are sub-settings (the `s3 =` blocks of the
/// config file) and are stored as `parent.key`. In the config file, sections other than
/// `[default]` are written `[profile name]`; the credentials file uses bare `[name]`.
public struct SharedConfigFile: Sendable, Equatable {
    /// Which of the two files this is; it decides how section names map to profiles.
    public enum Kind: Sendable {
        case credentials
        case config
    }

    /// The file path, for messages.
    public var path: String
    /// The settings of each profile, keys lowercased.
    public var profiles: [String: [String: String]]

    /// Parses `text` read from `path`.
    ///
    /// - Throws: `AWSError.invalidConfigFile` for a line that is neither a section, a setting, a
    ///   comment nor a continuation.
    public init(text: String, path: String, kind: Kind) throws {
        self.path = path
        profiles = [:]
        var section: String?
        var parentKey: String?
        for (index, rawLine) in text.components(separatedBy: .newlines).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }

            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw AWSError.invalidConfigFile(path: path, line: index + 1, reason: "section header without ']'")
                }
                section = Self.profileName(String(line.dropFirst().dropLast()), kind: kind)
                parentKey = nil
                if let section, profiles[section] == nil { profiles[section] = [:] }
                continue
            }
            guard let section else {
                throw AWSError.invalidConfigFile(path: path, line: index + 1, reason: "setting outside any [section]")
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw AWSError.invalidConfigFile(path: path, line: index + 1, reason: "expected 'key = value'")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = Self.stripComment(line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces))
            let isIndented = rawLine.first == " " || rawLine.first == "\t"
            if isIndented, let parentKey {
                profiles[section, default: [:]]["\(parentKey).\(key)"] = value
            } else {
                profiles[section, default: [:]][key] = value
                parentKey = value.isEmpty ? key : nil
            }
        }
    }

    /// Reads the file at `path`; a missing file reads as empty.
    public static func load(path: String, kind: Kind) throws -> SharedConfigFile {
        guard FileManager.default.fileExists(atPath: path) else {
            return try SharedConfigFile(text: "", path: path, kind: kind)
        }
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return try SharedConfigFile(text: text, path: path, kind: kind)
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError.invalidConfigFile(
                path: path, line: 0, reason: "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// The setting `key` of `profile`.
    public func value(_ key: String, profile: String) -> String? {
        profiles[profile]?[key.lowercased()]
    }

    private static func profileName(_ header: String, kind: Kind) -> String? {
        let name = header.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .credentials:
            return name
        case .config:
            if name == "default" { return name }
            let parts = name.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            // Sections such as `[services x]` or `[sso-session x]` are not profiles.
            guard parts.count == 2, parts[0] == "profile" else { return "\(parts.first ?? ""):\(parts.last ?? "")" }
            return parts[1]
        }
    }

    /// Removes an inline comment, which must follow whitespace (`key = a # note`).
    private static func stripComment(_ value: String) -> String {
        for marker in [" #", " ;", "\t#", "\t;"] {
            if let range = value.range(of: marker) {
                return value[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            }
        }
        return value
    }
}
