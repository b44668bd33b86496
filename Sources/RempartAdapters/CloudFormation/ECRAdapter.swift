import Foundation
import RempartModel
import RempartTemplate

/// Reads Amazon ECR repositories, with the statements of their repository policy.
enum ECRAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::ECR::Repository").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            let encryption = properties.child("EncryptionConfiguration")
            return ECRRepository(
                address: PropertyReader.address(of: resource),
                scansOnPush: properties.bool("ImageScanningConfiguration", "ScanOnPush", default: false),
                imageTagMutability: properties.string("ImageTagMutability", default: "MUTABLE"),
                encryptionType: encryption.string("EncryptionType", default: "AES256"),
                kmsKey: encryption.optionalIdentifier("KmsKey"),
                policyStatements: statements(properties))
        }
    }

    /// Reads the policy, written either as a mapping or as a JSON string.
    private static func statements(_ properties: PropertyReader) -> Resolved<[ECRRepository.PolicyStatement]> {
        switch properties.lookup(["RepositoryPolicyText"]) {
        case .absent:
            return .defaulted([], at: properties.defaultOrigin)
        case .unknown(let reason, let origin):
            return .unresolved(reason, at: origin)
        case .value(let node):
            let origin = Origin.source(node.location)
            if case .string(let text) = node.kind {
                guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
                    return .unresolved("the repository policy is not valid JSON", at: origin)
                }
                return .explicit(statements(fromJSON: object, origin: origin), at: origin)
            }
            guard let value = PlainValue(node) else {
                return .unresolved("the repository policy contains values known only after deployment", at: origin)
            }
            return .explicit(statements(from: value, origin: origin), at: origin)
        }
    }

    private static func statements(fromJSON object: Any, origin: Origin) -> [ECRRepository.PolicyStatement] {
        guard let value = PlainValue(json: object) else { return [] }
        return statements(from: value, origin: origin)
    }

    private static func statements(from policy: PlainValue, origin: Origin) -> [ECRRepository.PolicyStatement] {
        policy["Statement"].list.map { statement in
            let principal = statement["Principal"]
            var principals: [String] = []
            if let text = principal.text { principals.append(text) }
            principals += principal["AWS"].list.compactMap(\.text)
            let condition = statement["Condition"]
            let operators = ["StringEquals", "ForAllValues:StringEquals", "ForAnyValue:StringEquals"]
            let limited = operators.contains { condition[$0]["aws:PrincipalOrgID"].exists }
            return ECRRepository.PolicyStatement(
                effect: statement["Effect"].text ?? "", awsPrincipals: principals,
                actions: statement["Action"].list.compactMap(\.text), isLimitedToOrganization: limited,
                origin: statement.location.map(Origin.source) ?? origin)
        }
    }
}
