import RempartModel
import RempartSupport

/// Checks shared by the instance, launch template and launch configuration rules.
enum ComputeChecks {
    /// Records whether `options` require IMDSv2 tokens: a failure when tokens are not
    /// `required` and the endpoint is not `disabled`, pointing at `HttpTokens`.
    static func requireTokens(
        _ options: InstanceMetadataOptions, of resource: ResourceAddress, into results: inout ResultBuilder
    ) {
        let tokensOptional = Decision(options.httpTokens) { $0.lowercased() != "required" }
        let endpointOn = Decision(options.httpEndpoint) { $0.lowercased() != "disabled" }
        let detail: LocalizedText? =
            if options.httpTokens.isExplicit {
                options.httpTokens.value.map { LocalizedText("HttpTokens is '\($0)'", fr: "HttpTokens vaut « \($0) »") }
            } else {
                LocalizedText(
                    "HttpTokens is not set, so IMDSv1 stays allowed",
                    fr: "HttpTokens n'est pas réglé : IMDSv1 reste donc permis")
            }
        results.record((tokensOptional && endpointOn).negated, for: resource, at: options.httpTokens.origin, detail: detail)
    }

    /// Records one verdict per EBS block device: a failure for each unencrypted one.
    /// Instance store and `NoDevice` entries are not volumes that can be encrypted and are skipped.
    static func requireEncryption(
        _ devices: [BlockDevice], of resource: ResourceAddress, into results: inout ResultBuilder
    ) {
        for device in devices where device.isEBS {
            let name = device.deviceName ?? "root"
            results.record(
                Decision(device.encrypted) { $0 }, for: resource, at: device.encrypted.origin,
                detail: LocalizedText(
                    "block device \(name) is not encrypted", fr: "le périphérique de stockage \(name) n'est pas chiffré"))
        }
    }

    /// Records whether `userData` contains no secret.
    static func requireNoSecrets(
        _ userData: Resolved<String>?, of resource: ResourceAddress, into results: inout ResultBuilder
    ) {
        guard let userData else {
            results.pass(resource)
            return
        }
        switch userData.state {
        case .known(let text):
            if let kind = SecretDetector.firstSecret(in: text) {
                results.fail(
                    resource, at: userData.origin,
                    detail: LocalizedText(
                        "user data contains a secret: \(kind.english)",
                        fr: "les données utilisateur contiennent un secret : \(kind.french)"))
            } else {
                results.pass(resource, at: userData.origin)
            }
        case .unknown(let reason):
            results.unknown(resource, reason: reason, at: userData.origin)
        }
    }
}
