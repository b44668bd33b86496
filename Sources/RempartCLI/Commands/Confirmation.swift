import Foundation
import RempartSupport

/// Asks the user to confirm a deployment or its removal on the terminal.
enum Confirmation {
    /// The answer, or why there is none.
    enum Outcome: Equatable {
        case confirmed
        case declined
        /// Standard input is not a terminal, so nobody can answer.
        case notInteractive
    }

    /// Confirms at once with `--yes`; otherwise prints `question` on standard error and reads `y` or `yes`.
    static func ask(_ question: LocalizedText, isConfirmed: Bool, context: CommandContext) -> Outcome {
        if isConfirmed { return .confirmed }
        guard isatty(STDIN_FILENO) == 1 else { return .notInteractive }
        context.standardError.write(question(context.language) + " [y/N] ")
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        return ["y", "yes", "o", "oui"].contains(answer) ? .confirmed : .declined
    }

    /// The message printed when confirmation is needed but standard input is not a terminal.
    static func needsYes(_ command: String) -> LocalizedText {
        LocalizedText(
            "standard input is not a terminal, so \(command) cannot ask for confirmation: pass --yes",
            fr: "l'entrée standard n'est pas un terminal, \(command) ne peut donc pas demander de confirmation : "
                + "passez --yes")
    }
}
