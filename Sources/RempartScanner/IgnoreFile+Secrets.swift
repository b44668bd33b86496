import Foundation

extension IgnoreFile {
    /// Returns the entry that suppresses a secret of rule `ruleID` in `file`, if one applies and
    /// has not expired. A secret has no resource, so a bare target such as `.env` names a file.
    public func entry(matchingSecret ruleID: String, file: String, today: Date) -> Entry? {
        func matches(_ target: String) -> Bool { file == target || file.hasSuffix("/" + target) }
        return entries.first { entry in
            guard entry.ruleName.caseInsensitiveCompare(ruleID) == .orderedSame else { return false }
            if let expiry = entry.expiry, today >= expiry { return false }
            switch (entry.file, entry.resource) {
            case (nil, nil): return true
            case (let target?, nil), (nil, let target?): return matches(target)
            // `file:logicalID` names a resource, which a secret never is.
            case (_?, _?): return false
            }
        }
    }
}
