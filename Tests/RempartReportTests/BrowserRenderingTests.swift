import Foundation
import RempartReport
import RempartScanner
import RempartTemplate
import RempartSupport
import Testing

/// Opens the HTML report in headless Chromium and checks that the diagram and tables render.
///
/// Chromium loads only the local file: the report has no outside reference, and the browser
/// runs with no proxy and its background networking off. The tests are skipped when no
/// `chromium` binary is installed (Debian package `chromium`).
@Suite(.enabled(if: Chromium.path != nil, "chromium is not installed"))
struct BrowserRenderingTests {
    @Test func domHasTheDiagramAndTables() throws {
        let directory = try Chromium.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html")
        let report = MitigationReport(output: try PipelineReportTests.scan(.baseline))
        try Data(report.html(in: .french).utf8).write(to: page)

        let dom = try Chromium.run(["--dump-dom", page.absoluteString], profile: directory)
        #expect(dom.contains("<html lang=\"fr-CA\">"))
        #expect(dom.contains("<svg"))
        #expect(dom.contains("Passerelle Internet"))
        #expect(dom.components(separatedBy: "<table").count - 1 == 6)
        // Rows with their header rows: severities (4 and a total), files (3), mitigations, and
        // the findings in one table per severity present (high, medium, low).
        #expect(report.entries.count == 25)
        let rows = (1 + 4 + 1) + (1 + 3) + (1 + report.mitigations.count) + (3 + report.entries.count)
        #expect(dom.components(separatedBy: "<tr>").count - 1 == rows)
        #expect(!dom.contains("<script"))
    }

    @Test func screenshotShowsTheReport() throws {
        let directory = try Chromium.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html")
        let report = MitigationReport(output: try PipelineReportTests.scan(.baseline))
        try Data(report.html(in: .french).utf8).write(to: page)
        let image = directory.appendingPathComponent("report.png")

        _ = try Chromium.run(
            ["--hide-scrollbars", "--window-size=1280,4600", "--screenshot=\(image.path)", page.absoluteString],
            profile: directory)
        let png = try Data(contentsOf: image)

        // A PNG of the requested size, and far larger than a blank page would compress to.
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(Chromium.bigEndian(png, at: 16) == 1280)
        #expect(Chromium.bigEndian(png, at: 20) == 4600)
        #expect(png.count > 100_000, "the screenshot is only \(png.count) bytes")

        // Keep the French lab report's screenshot for the documentation when asked.
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            let target = LabFixture.packageRoot.appendingPathComponent("docs/images/lab-baseline-report-fr.png")
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: image, to: target)
        }
    }

    @Test func reportPrintsInLandscape() throws {
        let directory = try Chromium.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html")
        try Data(MitigationReport(output: try PipelineReportTests.scan(.baseline)).html(in: .english).utf8).write(
            to: page)
        let pdf = directory.appendingPathComponent("report.pdf")

        _ = try Chromium.run(
            ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString], profile: directory)
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)

        // The print stylesheet requests landscape pages, so every page box is wider than high.
        #expect(text.hasPrefix("%PDF-"))
        let boxes = text.components(separatedBy: "/MediaBox [").dropFirst().compactMap { box in
            box.split(separator: "]").first.map { $0.split(separator: " ").compactMap { Double($0) } }
        }
        #expect(!boxes.isEmpty)
        for box in boxes where box.count == 4 {
            #expect(box[2] > box[3], "page box \(box) is not landscape")
        }
    }

    /// The printable widths, in CSS pixels, of A4 and Letter pages with the report's 12 mm margins.
    static let printableWidths = [("A4 portrait", 703), ("Letter portrait", 725), ("Letter landscape", 965),
        ("A4 landscape", 1032)]

    @Test func printedTablesFitEveryPaperSize() throws {
        let directory = try Chromium.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }

        // Long absolute paths, as a scan of files outside the current directory gives.
        let folder = "/home/etudiant/cours/INF8102/tp4/examples/lab/cloudformation/"
        let output = try PipelineReportTests.scan(.baseline)
        let sources = try LabFixture.files.map { file in
            Pipeline.Source(
                file: folder + file,
                text: try String(
                    contentsOf: LabFixture.packageRoot.appendingPathComponent("examples/lab/cloudformation/\(file)"),
                    encoding: .utf8))
        }
        let report = MitigationReport(
            output: Pipeline.run(sources, options: ResolutionOptions(parameters: ["EnvironmentName": "polystudent"])))
        #expect(report.entries.count == MitigationReport(output: output).entries.count)
        let html = report.html(in: .french)
        #expect(html.contains("<code>\(folder)vpc.yaml</code>"))

        // Chromium's headless modes lay pages out for the screen, so the print rules are made to
        // apply on screen, and a script records every element that passes the right edge.
        let probe = """
            <script>addEventListener('load', () => { const width = document.documentElement.clientWidth; \
            const wide = [...document.querySelectorAll('table, th, td, code, figure, svg')] \
            .filter(e => e.getBoundingClientRect().right > width + 0.5); \
            document.body.setAttribute('data-overflow', `${width} ${wide.length}`); });</script>
            """
        let page = directory.appendingPathComponent("print.html")
        let printed = html.replacingOccurrences(of: "@media print {", with: "@media all {")
            .replacingOccurrences(of: "</body>", with: probe + "</body>")
        #expect(printed != html)
        try Data(printed.utf8).write(to: page)
        for (paper, width) in Self.printableWidths {
            let dom = try Chromium.run(
                ["--hide-scrollbars", "--window-size=\(width),3000", "--dump-dom", page.absoluteString],
                profile: directory)
            #expect(dom.contains("data-overflow=\"\(width) 0\""), "\(paper): something passes the right edge")
        }
    }

    @Test func emptyBlankPageIsSmall() throws {
        // The size threshold above means something only if a blank page stays well under it.
        let directory = try Chromium.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html><html lang=\"en\"><title>blank</title></html>".utf8).write(to: page)
        let image = directory.appendingPathComponent("blank.png")
        _ = try Chromium.run(
            ["--hide-scrollbars", "--window-size=1280,2600", "--screenshot=\(image.path)", page.absoluteString],
            profile: directory)
        #expect(try Data(contentsOf: image).count < 50_000)
    }
}

/// Runs the Debian `chromium` binary headless on local files.
enum Chromium {
    /// The browser's path, nil when it is not installed.
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// A failed browser run.
    struct RunError: Error, CustomStringConvertible {
        var description: String
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rempart-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs Chromium headless with `arguments` and returns its standard output.
    static func run(_ arguments: [String], profile: URL) throws -> String {
        guard let path else { throw RunError(description: "chromium is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-proxy-server", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-first-run",
                "--disable-default-apps", "--user-data-dir=\(profile.appendingPathComponent("profile").path)",
            ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Read before waiting, so a large DOM cannot fill the pipe and block the browser.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw RunError(description: "chromium exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Returns the 32-bit big-endian integer at `offset`, such as a PNG's width at 16.
    static func bigEndian(_ data: Data, at offset: Int) -> Int {
        data.dropFirst(offset).prefix(4).reduce(0) { $0 << 8 | Int($1) }
    }
}
