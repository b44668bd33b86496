import Foundation
import RempartAWS
import RempartAudit
import RempartModel
import RempartScanner
import RempartSupport

/// Reads a live account and runs the rules on it, for `rempart audit`, `report --audit` and `diagram --audit`.
enum LiveAccountAudit {
    /// `--profile`, the AWS named profile, as every command that calls AWS spells it.
    static let awsProfile = DeployOptionSpecs.awsProfile

    /// `--endpoint-url`, as `audit` and `deploy` spell it.
    static let endpointURL = OptionSpec(
        "endpoint-url", kind: .single(valueName: "url"),
        help: LocalizedText(
            "With --audit, send every call to this endpoint, such as the local emulator's http://127.0.0.1:PORT "
                + "(default: AWS_ENDPOINT_URL, else AWS).",
            fr: "Avec --audit, envoyer chaque appel à ce point de terminaison, par exemple http://127.0.0.1:PORT "
                + "pour l'émulateur local (par défaut : AWS_ENDPOINT_URL, sinon AWS)."))

    /// Resolves credentials, region and endpoint as the AWS CLI does.
    ///
    /// - Returns: The configuration, or the exit status after the error was reported.
    static func configuration(
        _ arguments: ParsedArguments, context: CommandContext, logger: Logger
    ) async -> Result<AWSConfiguration, ExitStatus> {
        do {
            let options = ConfigurationOptions(
                profile: arguments.value("profile"), region: arguments.value("region"),
                endpointURL: arguments.value("endpoint-url"))
            let environment = AWSEnvironment(
                variables: context.environment, homeDirectory: context.environment["HOME"] ?? NSHomeDirectory())
            return .success(try await AWSConfiguration.resolve(options: options, environment: environment, logger: logger))
        } catch let error as AWSError {
            context.report(Diagnostic(.error, error.message))
        } catch {
            context.report(Diagnostic(.error, UnexpectedError.message(error)))
        }
        return .failure(ExitStatus(code: ExitCode.failure))
    }

    /// Reads the account and evaluates it with `options`.
    ///
    /// The result carries the account's state, so reports can draw it. Errors are printed
    /// always, warnings unless `--quiet`.
    ///
    /// - Returns: The inventory and the evaluation, or the exit status when the account
    ///   could not be reached or every read failed.
    static func read(_ arguments: ParsedArguments, options: ScanOptions, context: CommandContext) async
        -> Result<(inventory: LiveInventory, result: ScanResult), ExitStatus>
    {
        let logger = CommonOptions.logger(for: arguments)
        let configuration: AWSConfiguration
        switch await Self.configuration(arguments, context: context, logger: logger) {
        case .success(let value): configuration = value
        case .failure(let status): return .failure(status)
        }
        let client = AWSClient(configuration: configuration, logger: logger)
        let auditor = LiveAuditor(client: client, logger: logger)
        var inventory = await auditor.collect()
        // The account ID only labels the report, so a failed read leaves it unknown without a gap.
        do {
            inventory.accountID = try await STS(client: client).callerIdentity().account
        } catch {
            logger.info("cannot read the account ID: \(error)")
        }
        var result = LiveEvaluation.evaluate(inventory, options: options)
        result.state = inventory.state
        result.resourceNames = inventory.resourceNames
        result.diagnostics += gapWarnings(result.gaps)
        for diagnostic in result.diagnostics where diagnostic.level == .error || !arguments.isSet("quiet") {
            context.report(diagnostic)
        }
        if inventory.callCount > 0, inventory.state.gaps.count == inventory.callCount {
            context.report(Diagnostic(.error, unreadable(inventory.target)))
            return .failure(ExitStatus(code: ExitCode.failure))
        }
        return .success((inventory, result))
    }

    /// Returns one warning per failed read, naming the service, operation, resource and reason.
    static func gapWarnings(_ gaps: [AWSState.Gap]) -> [Diagnostic] {
        gaps.map { gap in
            let operation = "\(gap.service) \(gap.operation)"
            let reason = localizedReason(gap.reason)
            if let resource = gap.resourceID {
                return Diagnostic(
                    .warning,
                    LocalizedText(
                        "cannot read '\(resource)' (\(operation)): \(reason.english); the checks that need it are "
                            + "undecided",
                        fr: "lecture impossible de « \(resource) » (\(operation)) : \(reason.french) ; les "
                            + "vérifications qui en dépendent sont indéterminées"))
            }
            return Diagnostic(
                .warning,
                LocalizedText(
                    "\(operation) failed: \(reason.english); the checks that need it are undecided",
                    fr: "échec de \(operation) : \(reason.french) ; les vérifications qui en dépendent sont "
                        + "indéterminées"))
        }
    }

    /// Returns the reason of a failed read in both languages. AWS error codes and messages stay
    /// as AWS wrote them; the reason Rempart gives for a response without an AWS error is translated.
    static func localizedReason(_ english: String) -> LocalizedText {
        let suffix = " without an AWS error body (the endpoint may not implement the action)"
        guard english.hasPrefix("HTTP "), english.hasSuffix(suffix) else { return LocalizedText(english, fr: english) }
        let status = english.dropLast(suffix.count)
        return LocalizedText(
            english,
            fr: "\(status) sans corps d'erreur AWS (le point de terminaison ne met peut-être pas en œuvre l'action)")
    }

    static func unreadable(_ target: String) -> LocalizedText {
        LocalizedText(
            "no report written, because every read of \(target) failed",
            fr: "aucun rapport écrit, car toutes les lectures de \(target) ont échoué")
    }
}
