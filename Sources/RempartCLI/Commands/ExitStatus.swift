/// An exit code carried as an error, for steps that print their own message and stop the command.
struct ExitStatus: Error {
    var code: Int32
}
