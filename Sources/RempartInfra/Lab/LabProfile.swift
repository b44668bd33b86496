/// A version of the lab architecture.
public enum LabProfile: String, CaseIterable, Sendable {
    /// The architecture exactly as the lab built it, weaknesses included: world-open ingress
    /// without descriptions, public IPs mapped on public subnets, no flow logs, IMDSv1
    /// allowed, an unencrypted root volume, and a bucket without access logging.
    case baseline
    /// The lab's mitigations applied, plus the hardening of its SDK part. That part adds REJECT
    /// flow logs to an encrypted bucket, an instance role on every instance and a
    /// `NetworkPacketsIn` alarm per instance. It also adds a CloudTrail trail logging the
    /// bucket's data events, a replica bucket, TLS-only bucket policies and customer managed KMS keys.
    case hardened
}
