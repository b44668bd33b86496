import Foundation
import RempartInfra

/// One stack to deploy: its name, template text and parameter values.
public struct StackTemplate: Sendable, Equatable {
    /// The stack name, such as `lab-vpc`.
    public var name: String
    /// The file the template was synthesized as, such as `vpc.yaml`.
    public var fileName: String
    /// The template body.
    public var body: String
    /// The parameter values passed to CloudFormation.
    public var parameters: [String: String]

    /// Creates a stack template.
    public init(name: String, fileName: String, body: String, parameters: [String: String] = [:]) {
        self.name = name
        self.fileName = fileName
        self.body = body
        self.parameters = parameters
    }

    /// The lab's three stacks in deployment waves: the network first, then the EC2 and S3 stacks together.
    ///
    /// The environment name is the deployment name, so the network stack's exports (`<name>-PUB1-SN`, …)
    /// never clash with another deployment's.
    ///
    /// - Throws: `DeployError.templateNotRendered`.
    public static func lab(name: String, profile: LabProfile, parameters: LabParameters = LabParameters()) throws
        -> [[StackTemplate]]
    {
        var labParameters = parameters
        labParameters.environmentName = name
        let app = LabArchitecture.app(profile: profile, parameters: labParameters)
        var templates: [StackTemplate] = []
        for stack in app.stacks {
            let (fileName, format) = Synthesizer.fileName(of: stack, forcing: nil)
            let body: String
            do {
                body = try Synthesizer.render(stack, as: format)
            } catch {
                throw DeployError.templateNotRendered(stack: fileName, reason: "\(error)")
            }
            let declared = Set(stack.parameters.map(\.name))
            let values = declared.contains("EnvironmentName") ? ["EnvironmentName": name] : [:]
            let base = (fileName as NSString).deletingPathExtension
            templates.append(StackTemplate(name: "\(name)-\(base)", fileName: fileName, body: body, parameters: values))
        }
        return [Array(templates.prefix(1)), Array(templates.dropFirst())]
    }
}
