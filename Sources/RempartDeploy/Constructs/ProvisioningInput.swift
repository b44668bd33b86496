import Foundation
import RempartTemplate

/// The input of a provisioner: the step's context, the construct's logical ID and its resolved properties.
public struct ProvisioningInput: Sendable {
    /// The AWS clients, the deployment and the records of earlier steps.
    public var context: StepContext
    /// The construct's logical ID.
    public var logicalID: String
    /// Returns the construct's properties with every intrinsic function resolved.
    ///
    /// Finds that look resources up by tags never call it, so that removing a deployment reads nothing
    /// it does not need.
    public var properties: @Sendable () async throws -> Node
    /// Returns the account ID once the account lookup has run, else nil.
    public var accountID: @Sendable () async -> String?

    /// Creates an input.
    public init(
        context: StepContext, logicalID: String, accountID: @escaping @Sendable () async -> String? = { nil },
        properties: @escaping @Sendable () async throws -> Node
    ) {
        self.context = context
        self.logicalID = logicalID
        self.accountID = accountID
        self.properties = properties
    }

    /// Returns the tags of every resource the step creates: the construct's `Tags` and the deployment's own two.
    public func tags(_ properties: Node) -> [String: String] {
        var tags: [String: String] = [:]
        for tag in properties["Tags"]?.elements ?? [] {
            if let key = tag["Key"]?.scalarText { tags[key] = tag["Value"]?.scalarText ?? "" }
        }
        return tags.merging(context.tags(), uniquingKeysWith: { _, deployment in deployment })
    }

    /// The name given to a resource whose construct names none, as CloudFormation generates one:
    /// `rempart-<deployment>-<logical ID in kebab case>`, such as `rempart-lab-instance-role`.
    public var generatedName: String {
        "\(context.namePrefix)-\(Self.kebabCase(logicalID))"
    }

    /// Returns a bucket name for a construct that names none: the generated name, the account and the region.
    /// When the whole would pass S3's 63 characters, the logical ID part becomes a hash of the deployment and
    /// logical ID, and the deployment part is shortened as much as needed.
    public func generatedBucketName(account: String) -> String {
        let suffix = "-\(account)-\(context.services.region)"
        let name = generatedName + suffix
        if name.count <= 63 { return name }
        var hash: UInt32 = 2_166_136_261
        for byte in "\(context.deployment)/\(logicalID)".utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let tail = "-\(String(hash, radix: 16))" + suffix
        var prefix = context.namePrefix
        while prefix.count + tail.count > 63, !prefix.isEmpty { prefix.removeLast() }
        while prefix.hasSuffix("-") { prefix.removeLast() }
        return prefix + tail
    }

    /// Returns `text` in kebab case: `InstanceRole` becomes `instance-role`, `VPCFlowLog` becomes `vpc-flow-log`.
    static func kebabCase(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase && index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    result.append("-")
                }
            }
            result.append(Character(character.lowercased()))
        }
        return result
    }
}
