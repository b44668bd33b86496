import RempartModel
import RempartSupport
import RempartTemplate

/// Reads EC2 resources (and Auto Scaling launch configurations, which trivy checks under
/// EC2) into the model.
///
/// Settings spread over several resources are folded into the one they configure. Launch
/// template data goes into the instances launched from it, and flow logs onto their VPC or
/// subnet. Standalone ingress and egress rules go into their security group, network ACL
/// entries into their ACL, and routes into their route table. Links follow `Ref`/`Fn::GetAtt` across the
/// files of the scan, and literal names where CloudFormation allows them.
enum EC2Adapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        let launchTemplates = launchTemplates(input)
        resources += launchTemplates
        resources += instances(input, launchTemplates: launchTemplates)
        resources += launchConfigurations(input)
        resources += volumes(input)
        resources += networkResources(input)
        return resources
    }

    // MARK: - Compute

    private static func instances(_ input: AdapterInput, launchTemplates: [EC2LaunchTemplate]) -> [EC2Instance] {
        input.resources(ofType: "AWS::EC2::Instance").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            let address = resource.address
            let templateLink = reader.identifier("LaunchTemplate", "LaunchTemplateId")
                ?? reader.identifier("LaunchTemplate", "LaunchTemplateName")
            let launchTemplate = templateLink.map { link in
                launchTemplateNamed(by: link, among: launchTemplates, input: input)
            }
            let found: EC2LaunchTemplate? = if case .found(let data)? = launchTemplate { data } else { nil }
            let networkInterface = reader.elements("NetworkInterfaces").value?.first

            // The instance's own settings win; the launch template fills what the instance omits.
            let metadataOptions: InstanceMetadataOptions
            switch (reader.has("MetadataOptions"), launchTemplate) {
            case (true, _):
                metadataOptions = metadataOptionsOf(reader.child("MetadataOptions").defaultingHere())
            case (false, .found(let data)?):
                metadataOptions = data.metadataOptions
            case (false, .notFound(let reason)?):
                metadataOptions = .unresolved(reason, at: templateLink?.origin ?? address.origin)
            case (false, nil):
                metadataOptions = .defaults(at: address.origin)
            }

            var devices = reader.has("BlockDeviceMappings") ? blockDevices(reader) : []
            if devices.isEmpty, let found {
                devices = [found.rootBlockDevice].compactMap { $0 } + found.ebsBlockDevices
            }
            let root = devices.first ?? implicitRootDevice(at: address.origin)

            var groups = (reader.identifiers("SecurityGroupIds") ?? []) + (reader.identifiers("SecurityGroups") ?? [])
            groups += networkInterface?.identifiers("GroupSet") ?? []
            if groups.isEmpty { groups = found?.securityGroups ?? [] }

            return EC2Instance(
                address: address, metadataOptions: metadataOptions, rootBlockDevice: root,
                ebsBlockDevices: Array(devices.dropFirst()), userData: reader.userData("UserData") ?? found?.userData,
                iamInstanceProfile: reader.identifier("IamInstanceProfile") ?? found?.iamInstanceProfile,
                subnet: reader.identifier("SubnetId") ?? networkInterface?.identifier("SubnetId"),
                securityGroups: groups, launchTemplate: templateLink,
                associatesPublicIP: networkInterface?.bool("AssociatePublicIpAddress") ?? found?.associatesPublicIP)
        }
    }

    /// The outcome of following an instance's `LaunchTemplate` reference.
    private enum LaunchTemplateMatch {
        case found(EC2LaunchTemplate)
        case notFound(String)
    }

    private static func launchTemplateNamed(
        by identifier: Resolved<Identifier>, among launchTemplates: [EC2LaunchTemplate], input: AdapterInput
    ) -> LaunchTemplateMatch {
        guard case .known(let value) = identifier.state else {
            if case .unknown(let reason) = identifier.state { return .notFound(reason) }
            return .notFound("the launch template cannot be known")
        }
        let match = launchTemplates.first { candidate in
            switch value {
            case .resource(let link):
                return candidate.address.file == link.file && candidate.address.name == link.logicalID
            case .literal(let text):
                return candidate.name?.value == text
            }
        }
        if let match { return .found(match) }
        return .notFound("launch template '\(value)' is not declared in the scanned templates")
    }

    private static func launchTemplates(_ input: AdapterInput) -> [EC2LaunchTemplate] {
        input.resources(ofType: "AWS::EC2::LaunchTemplate").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            let data = reader.child("LaunchTemplateData")
            let devices = blockDevices(data)
            let networkInterface = data.elements("NetworkInterfaces").value?.first
            var groups = (data.identifiers("SecurityGroupIds") ?? []) + (data.identifiers("SecurityGroups") ?? [])
            groups += networkInterface?.identifiers("Groups") ?? []
            let metadataOptions =
                data.has("MetadataOptions")
                ? metadataOptionsOf(data.child("MetadataOptions").defaultingHere())
                : .defaults(at: resource.address.origin)
            return EC2LaunchTemplate(
                address: resource.address, name: reader.string("LaunchTemplateName"),
                metadataOptions: metadataOptions, setsMetadataOptions: data.has("MetadataOptions"),
                rootBlockDevice: devices.first, ebsBlockDevices: Array(devices.dropFirst()),
                userData: data.userData("UserData"),
                iamInstanceProfile: data.identifier("IamInstanceProfile", "Arn")
                    ?? data.identifier("IamInstanceProfile", "Name"),
                securityGroups: groups, associatesPublicIP: networkInterface?.bool("AssociatePublicIpAddress"))
        }
    }

    private static func launchConfigurations(_ input: AdapterInput) -> [LaunchConfiguration] {
        input.resources(ofType: "AWS::AutoScaling::LaunchConfiguration").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            let devices = blockDevices(reader)
            let metadataOptions =
                reader.has("MetadataOptions")
                ? metadataOptionsOf(reader.child("MetadataOptions").defaultingHere())
                : .defaults(at: resource.address.origin)
            return LaunchConfiguration(
                address: resource.address, name: reader.string("LaunchConfigurationName"),
                associatesPublicIP: reader.bool("AssociatePublicIpAddress"), metadataOptions: metadataOptions,
                rootBlockDevice: devices.first, ebsBlockDevices: Array(devices.dropFirst()),
                userData: reader.userData("UserData"))
        }
    }

    private static func volumes(_ input: AdapterInput) -> [EBSVolume] {
        input.resources(ofType: "AWS::EC2::Volume").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            return EBSVolume(
                address: resource.address, encrypted: reader.bool("Encrypted", default: false),
                kmsKeyID: reader.identifier("KmsKeyId"))
        }
    }

    // MARK: - Shared readers

    private static func metadataOptionsOf(_ options: PropertyReader) -> InstanceMetadataOptions {
        InstanceMetadataOptions(
            httpTokens: options.string("HttpTokens", default: "optional"),
            httpEndpoint: options.string("HttpEndpoint", default: "enabled"),
            httpPutResponseHopLimit: options.int("HttpPutResponseHopLimit", default: 1))
    }

    /// Reads `BlockDeviceMappings`; absent `Ebs.Encrypted` defaults to false at the entry.
    private static func blockDevices(_ reader: PropertyReader) -> [BlockDevice] {
        let mappings = reader.elements("BlockDeviceMappings")
        guard case .known(let entries) = mappings.state else {
            // An unknown list: one root device whose encryption cannot be known.
            guard case .unknown(let reason) = mappings.state else { return [] }
            return [
                BlockDevice(
                    deviceName: nil, origin: mappings.origin, isEBS: true,
                    encrypted: .unresolved(reason, at: mappings.origin), kmsKeyID: nil)
            ]
        }
        return entries.map { entry in
            let entry = entry.defaultingHere()
            if let reason = entry.unknownReason {
                return BlockDevice(
                    deviceName: nil, origin: entry.origin, isEBS: true, encrypted: .unresolved(reason, at: entry.origin),
                    kmsKeyID: nil)
            }
            return BlockDevice(
                deviceName: entry.string("DeviceName")?.value, origin: entry.origin, isEBS: entry.has("Ebs"),
                encrypted: entry.bool("Ebs", "Encrypted", default: false), kmsKeyID: entry.identifier("Ebs", "KmsKeyId"))
        }
    }

    private static func implicitRootDevice(at origin: Origin) -> BlockDevice {
        BlockDevice(deviceName: nil, origin: origin, isEBS: true, encrypted: .defaulted(false, at: origin), kmsKeyID: nil)
    }
}
