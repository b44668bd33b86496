import RempartModel

/// Links access keys to their user: by a `Ref` to the user resource, or by a literal equal
/// to the user's `UserName`.
enum IAMUserKeys {
    /// Returns the keys of `user` whose status is `Active` (the AWS default), in state order.
    static func activeKeys(of user: IAMUser, in state: AWSState) -> [IAMAccessKey] {
        state.all(IAMAccessKey.self).filter { key in
            guard key.status.value == "Active", let target = key.user.value else { return false }
            if let link = target.link {
                return link.logicalID == user.address.name && link.file == user.address.file
            }
            guard let name = user.name.value, let name else { return false }
            return target.literal == name
        }
    }
}
