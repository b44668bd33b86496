/// The exit codes of every command.
enum ExitCode {
    /// The job was done and nothing reached the `--fail-on` threshold.
    static let success: Int32 = 0
    /// Findings at or above `--fail-on`, or a deployment that failed or rolled back.
    static let findings: Int32 = 1
    /// Rempart could not do the job: a missing or unreadable input, an invalid parameters file, a
    /// rejected template.
    static let failure: Int32 = 2
    /// `scan --parse-only` read the files and ran no rule, so the result is neither clean nor failed.
    static let notChecked: Int32 = 3
    /// The command line is invalid (`EX_USAGE` from sysexits.h).
    static let usage: Int32 = 64
}
