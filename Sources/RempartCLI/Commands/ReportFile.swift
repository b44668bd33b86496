import Foundation

/// The file named by `--output`.
enum ReportFile {
    /// Writes `data` to `path`, resolved against `workingDirectory`.
    ///
    /// A new or regular file is replaced atomically, so no reader sees half a report. A symbolic
    /// link, a device such as `/dev/null` or a named pipe is opened and written in place: an
    /// atomic write renames a temporary file over the path, which replaces the link or, when
    /// run as root, the device node itself with a regular file.
    static func write(_ data: Data, to path: String, workingDirectory: String) throws {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let type = attributes?[.type] as? FileAttributeType
        guard let type, type != .typeRegular, type != .typeDirectory else {
            try data.write(to: url, options: .atomic)
            return
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        // Devices and pipes cannot be truncated, but a link to a regular file must be.
        try? handle.truncate(atOffset: 0)
        try handle.write(contentsOf: data)
    }
}
