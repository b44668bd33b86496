/// Finds, reads, evaluates and checks CloudFormation templates.
public enum Scanner {}
