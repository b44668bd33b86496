import Foundation
import Testing

@testable import RempartCLI

/// The `--output` file: checked before the scan, and its write errors explained in the user's language.
struct ReportFileTests {
    struct ReasonCase: CustomTestStringConvertible, Sendable {
        var name: String
        var error: any Error & Sendable
        var english: String
        var french: String
        var testDescription: String { name }
    }

    static let reasons: [ReasonCase] = [
        ReasonCase(
            name: "POSIX permission denied", error: POSIXError(.EACCES),
            english: "permission denied; choose a folder you can write to",
            french: "permission refusée ; choisissez un dossier où vous pouvez écrire"),
        ReasonCase(
            name: "Cocoa out of space", error: CocoaError(.fileWriteOutOfSpace),
            english: "no space left on the device; free some space or write the report elsewhere",
            french: "plus d'espace sur le périphérique ; libérez de l'espace ou écrivez le rapport ailleurs"),
        ReasonCase(
            name: "wrapped disk quota",
            error: CocoaError(.fileWriteUnknown, userInfo: [NSUnderlyingErrorKey: NSError(
                domain: NSPOSIXErrorDomain, code: Int(POSIXErrorCode.EDQUOT.rawValue))]),
            english: "no space left on the device; free some space or write the report elsewhere",
            french: "plus d'espace sur le périphérique ; libérez de l'espace ou écrivez le rapport ailleurs"),
        ReasonCase(
            name: "read-only file system", error: NSError(domain: NSPOSIXErrorDomain, code: Int(POSIXErrorCode.EROFS.rawValue)),
            english: "the file system is read-only; write the report elsewhere",
            french: "le système de fichiers est en lecture seule ; écrivez le rapport ailleurs"),
    ]

    @Test(arguments: reasons)
    func writeErrorsAreExplainedInBothLanguages(_ reason: ReasonCase) {
        let text = ReportFile.reason(for: reason.error)
        #expect(text(.english) == reason.english)
        #expect(text(.french) == reason.french)
    }

    @Test func badOutputPathStopsTheScanBeforeItStarts() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }

        // The scanned path does not exist either: only the output error shows, so the scan never ran.
        let output = try RempartProcess.run(["scan", "-o", "missing/report.json", "nothing-here.yaml"], in: scratch.url)
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("missing/report.json: error: cannot write the report: the folder /"))
        #expect(!output.stderr.contains("nothing-here.yaml"))

        let french = try RempartProcess.run(
            ["scan", "--lang", "fr", "-o", ".", "nothing-here.yaml"], in: scratch.url)
        #expect(french.status == 2)
        #expect(french.stderr.hasPrefix(".: erreur : impossible d'écrire le rapport : c'est un dossier ; "))
        #expect(!french.stderr.contains("nothing-here.yaml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }
}
