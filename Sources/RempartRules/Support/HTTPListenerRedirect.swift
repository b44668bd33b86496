import RempartModel

/// Decides whether a plain HTTP listener only redirects to HTTPS.
enum HTTPListenerRedirect {
    /// Whether the listener's first default action is a redirect to HTTPS; unknown when the
    /// actions or the redirect protocol cannot be known.
    static func redirectsToHTTPS(_ listener: ELBv2Listener) -> Decision {
        let actions: [ELBv2Listener.Action]
        switch listener.defaultActions.state {
        case .unknown(let reason): return .unknown(reason)
        case .known(let known): actions = known
        }
        guard let action = actions.first else { return .no }
        return Decision(action.type) { $0?.lowercased() == "redirect" }
            && Decision(action.redirectProtocol) { $0 == "HTTPS" }
    }
}
