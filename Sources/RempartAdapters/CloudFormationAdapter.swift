/// Turns resolved CloudFormation templates into the AWS state.
public enum CloudFormationAdapter {}
