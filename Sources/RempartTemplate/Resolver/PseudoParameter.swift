/// The pseudo parameters of CloudFormation (`AWS::Region`, `AWS::AccountId`, …).
///
/// Values come from the region and account given to the scan; those that only exist once a
/// stack is created (`AWS::StackName`, `AWS::StackId`, `AWS::NotificationARNs`) stay unknown.
/// See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html
enum PseudoParameter {
    /// The value of a pseudo parameter.
    enum Value {
        /// `AWS::NoValue`: the key or element is removed.
        case removed
        case node(Node.Kind)
    }

    /// Returns the value of `name`, or nil when `name` is not a pseudo parameter.
    static func value(of name: String, options: ResolutionOptions) -> Value? {
        switch name {
        case "AWS::NoValue": return .removed
        case "AWS::Region": return .node(.string(options.region))
        case "AWS::Partition": return .node(.string(partition(of: options.region)))
        case "AWS::URLSuffix": return .node(.string(urlSuffix(of: options.region)))
        case "AWS::AccountId":
            if let account = options.accountID { return .node(.string(account)) }
            return .node(.unknown(.pseudoParameter(name)))
        case "AWS::StackName", "AWS::StackId", "AWS::NotificationARNs":
            return .node(.unknown(.pseudoParameter(name)))
        default: return nil
        }
    }

    /// The partition of a region: `aws-cn` for China, `aws-us-gov` for GovCloud, else `aws`.
    static func partition(of region: String) -> String {
        if region.hasPrefix("cn-") { return "aws-cn" }
        if region.hasPrefix("us-gov-") { return "aws-us-gov" }
        if region.hasPrefix("us-isob-") { return "aws-iso-b" }
        if region.hasPrefix("us-iso-") { return "aws-iso" }
        return "aws"
    }

    /// The domain suffix of service endpoints in the region's partition.
    static func urlSuffix(of region: String) -> String {
        switch partition(of: region) {
        case "aws-cn": "amazonaws.com.cn"
        case "aws-iso": "c2s.ic.gov"
        case "aws-iso-b": "sc2s.sgov.gov"
        default: "amazonaws.com"
        }
    }
}
