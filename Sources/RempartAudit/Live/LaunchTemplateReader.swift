import RempartAWS
import RempartModel

/// Reads launch templates and the data of their default versions.
enum LaunchTemplateReader {
    /// Lists the launch templates, then reads each one's versions concurrently.
    static func read(_ reader: LiveReader, ec2: EC2) async -> CollectedResources {
        guard let templates = await reader.read("ec2", "DescribeLaunchTemplates", { try await ec2.describeLaunchTemplates() })
        else { return CollectedResources() }
        let models = await reader.map(templates) { template in
            let versions = await reader.read("ec2", "DescribeLaunchTemplateVersions", resourceID: template.id) {
                try await ec2.describeLaunchTemplateVersions(templateID: template.id)
            }
            return launchTemplate(reader, template, data: versions?[template.defaultVersion], wasRead: versions != nil)
        }
        var collected = CollectedResources()
        collected.resources = models
        for template in templates { collected.tags[template.id] = template.tags }
        return collected
    }

    private static func launchTemplate(
        _ reader: LiveReader, _ template: EC2.LaunchTemplate, data: EC2.LaunchTemplateData?, wasRead: Bool
    ) -> EC2LaunchTemplate {
        let address = reader.address("AWS::EC2::LaunchTemplate", template.id)
        let origin = address.origin
        guard let data else {
            let reason = wasRead ? "the default version has no data" : "DescribeLaunchTemplateVersions failed"
            return EC2LaunchTemplate(
                address: address, name: .explicit(template.name, at: origin),
                metadataOptions: .unresolved(reason, at: origin), setsMetadataOptions: false, rootBlockDevice: nil,
                ebsBlockDevices: [], userData: nil, iamInstanceProfile: nil, securityGroups: [], associatesPublicIP: nil)
        }
        let options =
            data.metadataOptions.map { options in
                InstanceMetadataOptions(
                    httpTokens: options.httpTokens.isEmpty
                        ? .defaulted("optional", at: origin) : .explicit(options.httpTokens, at: origin),
                    httpEndpoint: options.httpEndpoint.isEmpty
                        ? .defaulted("enabled", at: origin) : .explicit(options.httpEndpoint, at: origin),
                    httpPutResponseHopLimit: options.httpPutResponseHopLimit.map { .explicit($0, at: origin) }
                        ?? .defaulted(1, at: origin))
            } ?? .defaults(at: origin)
        let devices = data.blockDeviceMappings.map { mapping in
            BlockDevice(
                deviceName: mapping.deviceName, origin: origin, isEBS: true,
                encrypted: mapping.isEncrypted.map { .explicit($0, at: origin) } ?? .defaulted(false, at: origin),
                kmsKeyID: mapping.kmsKeyID.map { .explicit(.literal($0), at: origin) })
        }
        return EC2LaunchTemplate(
            address: address, name: .explicit(template.name, at: origin), metadataOptions: options,
            setsMetadataOptions: data.metadataOptions != nil, rootBlockDevice: devices.first,
            ebsBlockDevices: Array(devices.dropFirst()), userData: nil,
            iamInstanceProfile: data.iamInstanceProfileARN.map { .explicit(.literal($0), at: origin) },
            securityGroups: data.securityGroupIDs.map { .explicit(.literal($0), at: origin) }, associatesPublicIP: nil)
    }
}
