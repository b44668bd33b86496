/// A kind of problem `rempart scan` looks for, as named by `--scanners`.
public enum ScannerKind: String, CaseIterable, Hashable, Sendable {
    /// Misconfigurations: the rules run on the AWS state of the templates.
    case misconfig
    /// Secrets written in files: keys and tokens in every text file, and passwords in template
    /// parameter defaults and instance user data.
    case secret
}
