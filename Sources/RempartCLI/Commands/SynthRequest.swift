import Foundation
import RempartInfra
import RempartSupport
import RempartTemplate

/// The checked options of `rempart synth`.
struct SynthRequest {
    var profile: LabProfile
    var format: Template.Format?
    /// The output directory, absolute.
    var directory: URL
    var parameters: LabParameters

    /// Reads and checks the parsed options.
    ///
    /// - Throws: `UsageError` for a missing `--lab-profile` or `--output`, `-o -`, or an invalid
    ///   environment name or admin range.
    init(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) {
        let path = ["rempart", "synth"]
        guard let profileName = arguments.value("lab-profile") else {
            throw UsageError(.missingOption("--lab-profile"), commandPath: path)
        }
        guard let profile = LabProfile(rawValue: profileName) else {
            throw UsageError(
                .invalidValue(option: "--lab-profile", value: profileName, allowed: LabProfile.allCases.map(\.rawValue)),
                commandPath: path)
        }
        guard let output = arguments.value("output") else {
            throw UsageError(.missingOption("--output"), commandPath: path)
        }
        guard !output.isEmpty else {
            throw UsageError(
                .invalidArgument(
                    option: "--output", value: output,
                    reason: LocalizedText(
                        "give the directory to write the templates to",
                        fr: "indiquez le dossier où écrire les modèles")),
                commandPath: path)
        }
        guard output != "-" else {
            throw UsageError(
                .invalidArgument(
                    option: "--output", value: output,
                    reason: LocalizedText(
                        "synth writes three files, so give a directory",
                        fr: "synth écrit trois fichiers, indiquez donc un dossier")),
                commandPath: path)
        }

        var parameters = LabParameters()
        if let name = arguments.value("environment-name") {
            guard name.wholeMatch(of: #/[a-z][a-z0-9-]{1,30}/#) != nil else {
                throw UsageError(
                    .invalidArgument(
                        option: "--environment-name", value: name,
                        reason: LocalizedText(
                            "use 2 to 31 lower-case letters, digits or hyphens, starting with a letter",
                            fr: "utilisez de 2 à 31 lettres minuscules, chiffres ou traits d'union, en commençant par "
                                + "une lettre")),
                    commandPath: path)
            }
            parameters.environmentName = name
        }
        if let cidr = arguments.value("admin-cidr") {
            guard Self.isAdminRange(cidr) else {
                throw UsageError(
                    .invalidArgument(
                        option: "--admin-cidr", value: cidr,
                        reason: LocalizedText(
                            "expected an IPv4 CIDR block with a prefix length between /16 and /32, "
                                + "such as 203.0.113.7/32",
                            fr: "un bloc CIDR IPv4 avec un préfixe de /16 à /32 est attendu, "
                                + "par exemple 203.0.113.7/32"
                        )),
                    commandPath: path)
            }
            parameters.adminCIDR = cidr
        }

        self.profile = profile
        self.format = arguments.value("format").flatMap(Template.Format.init(rawValue:))
        self.directory =
            URL(
                fileURLWithPath: output, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true)
            ).standardizedFileURL
        self.parameters = parameters
    }

    /// Whether `text` is an IPv4 CIDR block with a prefix from /16 to /32, the range the
    /// hardened template's `AllowedPattern` accepts.
    static func isAdminRange(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = Int(parts[1]), (16...32).contains(prefix), !parts[1].hasPrefix("+") else {
            return false
        }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in
                guard let value = Int(octet), (0...255).contains(value), octet.allSatisfy(\.isASCII) else {
                    return false
                }
                return octet == "0" || !octet.hasPrefix("0")
            }
    }
}
