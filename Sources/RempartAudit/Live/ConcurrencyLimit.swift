/// A counting semaphore for async tasks: at most `limit` holders at once, the others wait in
/// arrival order.
///
/// Every API call of an audit goes through one limit, so the number of requests in flight
/// stays bounded however the service and bucket task groups nest.
actor ConcurrencyLimit {
    /// The number of holders allowed at once.
    let limit: Int
    private var holders = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// Creates a limit of `limit` holders, at least one.
    init(_ limit: Int) {
        self.limit = max(1, limit)
    }

    /// Waits until a slot is free and takes it.
    func acquire() async {
        if holders < limit {
            holders += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Frees a slot, handing it to the oldest waiter when there is one.
    func release() {
        if waiters.isEmpty {
            holders -= 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}
