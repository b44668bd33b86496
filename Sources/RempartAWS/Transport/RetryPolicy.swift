import Foundation

/// The AWS SDKs' "standard" retry mode: bounded attempts, exponential backoff with full jitter.
///
/// A call is retried on connection errors, timeouts, HTTP 5xx and 429, and on throttling and
/// transient error codes. See https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
public struct RetryPolicy: Sendable {
    /// Attempts in total, the first included (3 by default, as the SDKs).
    public var maxAttempts: Int
    /// The base delay in seconds; attempt n waits a random time in `0...min(base * 2^(n-1), maxDelay)`.
    public var baseDelay: TimeInterval
    /// The cap on one delay, in seconds.
    public var maxDelay: TimeInterval
    /// Seconds to wait for each response.
    public var timeout: TimeInterval

    /// Creates a policy.
    public init(
        maxAttempts: Int = 3, baseDelay: TimeInterval = 1, maxDelay: TimeInterval = 20, timeout: TimeInterval = 60
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.timeout = timeout
    }

    /// AWS error codes that mean "slow down".
    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// AWS error codes for transient faults.
    public static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "ServiceUnavailable",
    ]

    /// Whether a response with `status` and AWS `code` is worth another attempt.
    public func isRetryable(status: Int, code: String?) -> Bool {
        if let code, Self.throttlingCodes.contains(code) || Self.transientCodes.contains(code) { return true }
        return status == 429 || [500, 502, 503, 504].contains(status)
    }

    /// The delay before attempt `attempt + 1`, after `attempt` failed (1-based), with full jitter.
    public func delay(afterAttempt attempt: Int) -> TimeInterval {
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
        return ceiling <= 0 ? 0 : Double.random(in: 0...ceiling)
    }
}
