/// The command-line entry point: parses arguments and runs a command.
public enum Rempart {
    /// Runs the command line and returns the process exit code.
    public static func main(arguments: [String]) async -> Int32 {
        0
    }
}
