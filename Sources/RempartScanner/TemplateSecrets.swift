import RempartModel
import RempartSecrets
import RempartSupport
import RempartTemplate

/// Finds the secrets that only a reading of the template shows: parameter defaults named like a
/// secret without `NoEcho`, and secrets in instance user data after evaluation and base64 decoding.
enum TemplateSecrets {
    /// Returns the template-aware secrets of `templates`.
    ///
    /// - Parameters:
    ///   - templates: the resolved templates, whose parameters are checked.
    ///   - state: the AWS state adapted from the templates, whose user data is decoded.
    ///   - lineRules: the rule IDs the line-by-line scan already reported, by file. User data
    ///     written as plain text is part of the template's own lines, so a user data finding of
    ///     one of those rules in the same file is taken as the same secret seen again.
    /// - Returns: the secrets, parameter defaults first, then user data in resource order.
    static func findings(
        in templates: [ResolvedTemplate], state: AWSState, lineRules: [String: Set<String>]
    ) -> [SecretFinding] {
        var findings: [SecretFinding] = []
        for template in templates {
            findings += parameterDefaults(template.template)
        }

        var seen: Set<SecretFinding> = []
        for userData in userDataValues(in: state) {
            guard case .known(let text) = userData.state, let location = userData.origin.sourceLocation else {
                // A value that is unknown, or read from a live account, is not scanned here.
                continue
            }
            for finding in ParameterSecretCheck.scanUserData(text, at: location) {
                // NOTE: a different secret of the same rule, base64-encoded, is dropped too.
                if lineRules[location.file]?.contains(finding.ruleID) == true { continue }
                if seen.insert(finding).inserted { findings.append(finding) }
            }
        }
        return findings
    }

    /// Returns the parameters named like a secret with a non-empty `Default` and no `NoEcho: true`.
    private static func parameterDefaults(_ template: Template) -> [SecretFinding] {
        let parameters = template.root["Parameters"]?.entries ?? []
        return parameters.compactMap { entry in
            let declaration = entry.value
            let defaultNode = declaration["Default"]
            return ParameterSecretCheck.check(
                parameter: entry.key, defaultValue: defaultNode?.scalarText,
                isNoEcho: declaration["NoEcho"]?.boolValue == true, at: defaultNode?.location ?? entry.keyLocation)
        }
    }

    /// Returns the user data of instances, launch templates and launch configurations. An
    /// instance that uses a launch template repeats that template's user data, and the caller
    /// drops the repeats.
    private static func userDataValues(in state: AWSState) -> [Resolved<String>] {
        state.all(EC2Instance.self).compactMap(\.userData) + state.all(EC2LaunchTemplate.self).compactMap(\.userData)
            + state.all(LaunchConfiguration.self).compactMap(\.userData)
    }
}
