import RempartAWS
import RempartModel

/// Turns a described instance into the model, with its volumes' encryption.
enum InstanceMapper {
    /// Returns the model of `instance`; `volumes` is nil when `DescribeVolumes` failed, which
    /// leaves the encryption of every block device unknown.
    static func instance(_ reader: LiveReader, _ instance: EC2.Instance, volumes: [String: EC2.Volume]?) -> EC2Instance {
        let address = reader.address("AWS::EC2::Instance", instance.id)
        let origin = address.origin
        let metadataOptions =
            instance.metadataOptions.map { options in
                InstanceMetadataOptions(
                    httpTokens: .explicit(options.httpTokens, at: origin),
                    httpEndpoint: .explicit(options.httpEndpoint, at: origin),
                    httpPutResponseHopLimit: options.httpPutResponseHopLimit.map { .explicit($0, at: origin) }
                        ?? .defaulted(1, at: origin))
            } ?? .unresolved("DescribeInstances returned no metadata options", at: origin)

        // The root device first, then the others by device name.
        let deviceNames = instance.volumeIDs.keys.sorted { lhs, rhs in
            (lhs == instance.rootDeviceName ? 0 : 1, lhs) < (rhs == instance.rootDeviceName ? 0 : 1, rhs)
        }
        let devices = deviceNames.map { name in
            blockDevice(name, volumeID: instance.volumeIDs[name] ?? "", volumes: volumes, origin: origin)
        }
        let root =
            devices.first
            ?? BlockDevice(
                deviceName: instance.rootDeviceName, origin: origin, isEBS: false,
                encrypted: .unresolved("the instance has no EBS volume", at: origin), kmsKeyID: nil)

        return EC2Instance(
            address: address, metadataOptions: metadataOptions, rootBlockDevice: root,
            ebsBlockDevices: Array(devices.dropFirst()),
            iamInstanceProfile: instance.iamInstanceProfileARN.map { .explicit(.literal($0), at: origin) },
            subnet: instance.subnetID.map { .explicit(.literal($0), at: origin) },
            securityGroups: instance.securityGroupIDs.map { .explicit(.literal($0), at: origin) },
            associatesPublicIP: .explicit(instance.publicIPAddress != nil, at: origin))
    }

    private static func blockDevice(
        _ name: String, volumeID: String, volumes: [String: EC2.Volume]?, origin: Origin
    ) -> BlockDevice {
        guard let volumes else {
            return BlockDevice(
                deviceName: name, origin: origin, isEBS: true,
                encrypted: .unresolved("DescribeVolumes failed", at: origin), kmsKeyID: nil)
        }
        guard let volume = volumes[volumeID] else {
            return BlockDevice(
                deviceName: name, origin: origin, isEBS: true,
                encrypted: .unresolved("volume \(volumeID) was not listed by DescribeVolumes", at: origin), kmsKeyID: nil)
        }
        return BlockDevice(
            deviceName: name, origin: origin, isEBS: true, encrypted: .explicit(volume.isEncrypted, at: origin),
            kmsKeyID: volume.kmsKeyID.map { .explicit(.literal($0), at: origin) })
    }
}
