/// The source of the lab constructs' names, ranges and zones: template parameters and
/// intrinsics (the CloudFormation part), or literal values (the SDK part, deployed through the API).
struct LabContext: Sendable {
    var profile: LabProfile
    var parameters: LabParameters
    /// True for CloudFormation templates, false for the API graph.
    var usesTemplateParameters: Bool

    /// Returns the environment name followed by `suffix`: `!Sub ${EnvironmentName}-igw`, or `polystudent-igw`.
    func named(_ suffix: String) -> Token {
        if usesTemplateParameters { return .sub("${EnvironmentName}-\(suffix)") }

        // Pseudo parameters such as `${AWS::AccountId}` are still resolved at deployment.
        let name = "\(parameters.environmentName)-\(suffix)"
        return suffix.contains("${") ? .sub(name) : .literal(name)
    }

    /// Returns a value the templates take as a parameter: `!Ref name`, or its literal value.
    func parameter(_ name: String, _ value: String) -> Token {
        usesTemplateParameters ? .ref(name) : .literal(value)
    }

    /// Returns the `index`-th Availability Zone of the region: `!Select [i, !GetAZs ""]`, or `us-east-1a`/`us-east-1b`
    /// as the lab's scripts named them.
    func zone(_ index: Int) -> Token {
        usesTemplateParameters
            ? .select(index, .availabilityZones()) : .literal(["us-east-1a", "us-east-1b"][index % 2])
    }
}
