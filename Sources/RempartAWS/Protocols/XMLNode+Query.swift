extension XMLNode {
    /// The `<ActionResult>` element of a query-protocol response, or the root when absent.
    public func result(of action: String) -> XMLNode {
        child("\(action)Result") ?? self
    }
}
