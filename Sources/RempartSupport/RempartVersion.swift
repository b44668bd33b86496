/// The version of Rempart, printed by `--version` and written into JSON and SARIF reports.
public enum RempartVersion {
    /// The semantic version of this build.
    public static let current = "0.1.0"
}
