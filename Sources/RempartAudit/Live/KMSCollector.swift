import RempartAWS
import RempartModel

/// Reads customer managed KMS keys with their rotation status, key policy and tags (for drift
/// detection).
///
/// AWS managed keys are skipped: AWS rotates them and their owner cannot change them. They
/// are recognized by `KeyManager: AWS` or by an `alias/aws/…` alias, which also covers
/// emulators that report them as customer keys. Keys pending deletion are skipped too.
enum KMSCollector: LiveCollector {
    static func collect(_ reader: LiveReader) async -> CollectedResources {
        let kms = KMS(client: reader.client)
        async let listedKeys = reader.read("kms", "ListKeys") { try await kms.listKeys() }
        async let aliases = reader.read("kms", "ListAliases") { try await kms.listAliases() }
        guard let keys = await listedKeys else { return CollectedResources() }
        let managed = Set((await aliases ?? []).filter { $0.name.hasPrefix("alias/aws/") }.compactMap(\.targetKeyID))
        let customerKeys = keys.map(\.id).filter { !managed.contains($0) }
        let read = await reader.map(customerKeys) { id in await key(reader, kms: kms, id: id) }.compactMap { $0 }
        var collected = CollectedResources()
        collected.resources = read.map(\.model)
        for (model, tags) in read where !tags.isEmpty { collected.tags[model.address.name] = tags }
        return collected
    }

    /// Reads one key with its tags. A key whose `DescribeKey` fails is kept with every attribute
    /// unresolved and no tags, so its checks are counted as undecided rather than left out of the audit.
    private static func key(_ reader: LiveReader, kms: KMS, id: String) async -> (
        model: KMSKey, tags: [String: String]
    )? {
        guard let metadata = await reader.read("kms", "DescribeKey", resourceID: id, { try await kms.describeKey(id) })
        else {
            var key = KMSKey(address: reader.address("AWS::KMS::Key", id))
            let origin = key.address.origin
            let reason = "DescribeKey failed"
            key.isRotationEnabled = .unresolved(reason, at: origin)
            key.keySpec = .unresolved(reason, at: origin)
            key.keyUsage = .unresolved(reason, at: origin)
            key.isEnabled = .unresolved(reason, at: origin)
            key.keyPolicy = .unresolved(reason, at: origin)
            return (key, [:])
        }
        guard metadata.keyManager != "AWS", metadata.keyState != "PendingDeletion" else { return nil }

        async let rotation = reader.read("kms", "GetKeyRotationStatus", resourceID: id) {
            try await kms.isKeyRotationEnabled(id)
        }
        async let policy = reader.read("kms", "GetKeyPolicy", resourceID: id) { try await kms.keyPolicy(id) }
        async let tags = reader.read("kms", "ListResourceTags", resourceID: id) { try await kms.tags(keyID: id) }

        var key = KMSKey(address: reader.address("AWS::KMS::Key", id))
        let origin = key.address.origin
        key.isRotationEnabled =
            await rotation.map { .explicit($0, at: origin) } ?? .unresolved("GetKeyRotationStatus failed", at: origin)
        key.keySpec = metadata.keySpec.map { .explicit($0, at: origin) } ?? key.keySpec
        key.keyUsage = metadata.keyUsage.map { .explicit($0, at: origin) } ?? key.keyUsage
        key.isEnabled = .explicit(metadata.isEnabled, at: origin)
        if let text = await policy {
            key.keyPolicy = .explicit(LivePolicyParser.document(text, at: origin), at: origin)
        } else {
            key.keyPolicy = .unresolved("GetKeyPolicy failed", at: origin)
        }
        return (key, await tags ?? [:])
    }
}
