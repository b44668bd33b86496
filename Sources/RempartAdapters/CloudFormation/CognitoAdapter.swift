import RempartModel
import RempartTemplate

/// Reads Cognito identity pools.
enum CognitoAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::Cognito::IdentityPool").map { template, resource in
            var pool = CognitoIdentityPool(address: address(of: resource, in: template))
            pool.allowsUnauthenticatedIdentities = PropertyReader(resource, file: template.file).optionalBool(
                "AllowUnauthenticatedIdentities")
            return pool
        }
    }
}
