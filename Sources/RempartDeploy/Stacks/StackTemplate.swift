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

    /// The lab's three stacks in deployment waves: each stack comes after the stacks whose exports it imports,
    /// and the stacks of one wave are deployed together. The baseline deploys the network and S3 stacks, then
    /// the EC2 stack. The hardened profile deploys the S3 stack (whose bucket receives the flow logs), then
    /// the network, then the EC2 stack.
    ///
    /// The environment name is the deployment name, so the stacks' exports (`<name>-PUB1-SN`, …) never clash
    /// with another deployment's, and the baseline bucket's name carries it too.
    ///
    /// - Throws: `DeployError.templateNotRendered`.
    public static func lab(name: String, profile: LabProfile, parameters: LabParameters = LabParameters()) throws
        -> [[StackTemplate]]
    {
        var labParameters = parameters
        labParameters.environmentName = name
        labParameters.namesBucketByEnvironment = true
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
        let dependencies: [String: [String]]
        do {
            dependencies = try app.stackDependencies()
        } catch {
            throw DeployError.templateNotRendered(stack: "\(name)", reason: "\(error)")
        }
        var waves: [[StackTemplate]] = []
        var placed = Set<String>()
        var remaining = templates
        while !remaining.isEmpty {
            let wave = remaining.filter { (dependencies[$0.fileName] ?? []).allSatisfy(placed.contains) }
            guard !wave.isEmpty else {
                throw DeployError.templateNotRendered(
                    stack: remaining.map(\.fileName).joined(separator: ", "), reason: "the stacks import each other")
            }
            waves.append(wave)
            placed.formUnion(wave.map(\.fileName))
            remaining.removeAll { placed.contains($0.fileName) }
        }
        return waves
    }
}
