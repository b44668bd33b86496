import Foundation
import RempartSupport

/// Formats dates the way each language writes them, in UTC, independently of the system locale.
///
/// English: `December 4, 2026 at 20:23 UTC`. French (Québec): `4 décembre 2026 à 20 h 23 UTC`,
/// with the `h` between hours and minutes that the Office québécois de la langue française
/// recommends.
public enum DateText {
    /// Returns `date` as a day and a time of day in UTC.
    public static func dateTime(_ date: Date, in language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let year = parts.year ?? 1970
        let month = parts.month ?? 1
        let day = parts.day ?? 1
        let hour = parts.hour ?? 0
        let minute = String(format: "%02d", parts.minute ?? 0)

        switch language {
        case .english:
            return "\(englishMonths[month - 1]) \(day), \(year) at \(String(format: "%02d", hour)):\(minute) UTC"
        case .french:
            let dayText = day == 1 ? "1er" : "\(day)"
            return "\(dayText) \(frenchMonths[month - 1]) \(year) à \(hour) h \(minute) UTC"
        }
    }

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    private static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]
}
