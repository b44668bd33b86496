import Foundation
import RempartAWS
import RempartModel
import RempartSupport

/// Runs the API reads of an audit: bounded in number, counted, and turned into gaps when they fail.
///
/// A read that fails (access denied, throttled after the client's retries, an action the
/// endpoint does not implement) is recorded as an `AWSState.Gap` and returns nil; it never
/// throws, so one failed read never stops the rest of the audit.
struct LiveReader: Sendable {
    /// The client shared by every service.
    let client: AWSClient
    /// The region resources are reported in.
    let region: String
    /// Where failed reads and call counts are kept.
    let log: ReadLog
    /// The bound on calls in flight.
    let limit: ConcurrencyLimit
    let logger: Logger

    /// Runs `body` as one API read of `operation` and returns its value, or nil after recording a gap.
    func read<Value: Sendable>(
        _ service: String, _ operation: String, resourceID: String? = nil,
        _ body: @Sendable () async throws -> Value
    ) async -> Value? {
        await limit.acquire()
        let started = Date()
        do {
            let value = try await body()
            await limit.release()
            await log.recordCall(operation, seconds: Date().timeIntervalSince(started))
            return value
        } catch {
            await limit.release()
            await log.recordCall(operation, seconds: Date().timeIntervalSince(started))
            let reason = Self.reason(for: error)
            // The command prints each gap as a localized warning; this line is for debugging.
            logger.debug(
                "audit read failed",
                metadata: [
                    "aws.service": service, "aws.operation": operation, "aws.resource": resourceID ?? "",
                    "aws.error": reason.english,
                ])
            await log.recordGap(
                AWSState.Gap(service: service, operation: operation, resourceID: resourceID, localizedReason: reason))
            return nil
        }
    }

    /// Returns the results of `transform` over `items`, run as concurrent tasks, in the order of `items`.
    func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], _ transform: @escaping @Sendable (Item) async -> Output
    ) async -> [Output] {
        await withTaskGroup(of: (Int, Output).self) { group in
            for (index, item) in items.enumerated() {
                group.addTask { (index, await transform(item)) }
            }
            var outputs: [(Int, Output)] = []
            for await output in group { outputs.append(output) }
            return outputs.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// The address of a live resource in the audited region.
    func address(_ type: String, _ id: String) -> ResourceAddress {
        .live(type: type, id: id, region: region)
    }

    /// A short reason for a failed read: the AWS error code, status and message (AWS's own
    /// text, quoted in French), or the transport failure.
    static func reason(for error: any Error) -> LocalizedText {
        guard let error = error as? AWSError else { return LocalizedText("\(error)", fr: "\(error)") }
        switch error {
        case .service(let context):
            let status = "\(context.code) (HTTP \(context.statusCode))"
            guard !context.message.isEmpty else { return LocalizedText(status, fr: status) }
            return LocalizedText("\(status): \(context.message)", fr: "\(status) : « \(context.message) »")
        case .unexpectedResponse(_, _, let status, _):
            return LocalizedText(
                "HTTP \(status) without an AWS error body (the endpoint may not implement the action)",
                fr: "HTTP \(status) sans corps d'erreur AWS (le point de terminaison n'implémente peut-être pas "
                    + "l'action)")
        default:
            return error.message
        }
    }
}
