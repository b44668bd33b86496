import Foundation
import Testing

/// `rempart local` run as a binary. Only the stopped states run by default; the start, status and
/// stop cycle runs when `.venv/emulator` in the package root contains moto (`scripts/emulator install`).
@Suite(.serialized)
struct LocalCommandTests {
    @Test func statusWhenNothingStarted() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let output = try RempartProcess.run(["local", "status"], in: scratch.url)
        #expect(output.status == 3)
        #expect(output.stdout == "stopped\n")
        #expect(output.stderr == "")

        let french = try RempartProcess.run(["local", "status", "--lang", "fr"], in: scratch.url)
        #expect(french.status == 3)
        #expect(french.stdout == "arrêté\n")
    }

    @Test func statusWithStaleStateFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // Linux caps PIDs at 2^22, so this PID never belongs to a live process.
        try scratch.write(
            "project/.local/emulator.env",
            "EMULATOR_PID=2147483000\nEMULATOR_PORT=5999\nEMULATOR_ENDPOINT=http://127.0.0.1:5999\n")
        let output = try RempartProcess.run(["local", "status", "--directory", "project"], in: scratch.url)
        #expect(output.status == 3)
        #expect(output.stdout == "stopped\n")

        let stop = try RempartProcess.run(["local", "stop", "--directory", "project"], in: scratch.url)
        #expect(stop.status == 0)
        #expect(stop.stdout == "")
        #expect(stop.stderr == "rempart: the local emulator was not running\n")
        #expect(
            !FileManager.default.fileExists(
                atPath: scratch.url.appendingPathComponent("project/.local/emulator.env").path))
    }

    @Test func missingSubcommandIsUsageError() throws {
        let output = try RempartProcess.run(["local"])
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("error: missing subcommand\nUsage: rempart local [<options>] <subcommand>\n"))

        let unknown = try RempartProcess.run(["local", "strat"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("error: unknown command 'strat'; did you mean 'start'?\n"))
    }

    /// The package root's emulator environment, when moto is installed in it.
    static var installedEnvironment: URL? {
        let venv = RempartProcess.packageRoot.appendingPathComponent(".venv")
        let python = venv.appendingPathComponent("emulator/bin/python")
        return FileManager.default.isExecutableFile(atPath: python.path) ? venv : nil
    }

    @Test(.enabled(if: installedEnvironment != nil, "moto is not installed in .venv/emulator"))
    func startStatusStopCycle() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let venv = try #require(Self.installedEnvironment)
        try FileManager.default.createSymbolicLink(
            at: scratch.url.appendingPathComponent(".venv"), withDestinationURL: venv)
        defer { _ = try? RempartProcess.run(["local", "stop"], in: scratch.url) }

        let start = try RempartProcess.run(["local", "start"], in: scratch.url, timeout: 120)
        #expect(start.status == 0)
        let endpoint = try #require(
            start.stdout.wholeMatch(of: #/export AWS_ENDPOINT_URL=(http://127\.0\.0\.1:\d+)\n/#)?.1)
        #expect(start.stderr.contains("rempart: local emulator running at \(endpoint) (pid "))

        let status = try RempartProcess.run(["local", "status"], in: scratch.url)
        #expect(status.status == 0)
        #expect(status.stdout.hasPrefix("running at \(endpoint) (pid "))

        let again = try RempartProcess.run(["local", "start", "-q"], in: scratch.url)
        #expect(again.stdout == start.stdout)

        let stop = try RempartProcess.run(["local", "stop"], in: scratch.url)
        #expect(stop.status == 0)
        #expect(stop.stderr.hasPrefix("rempart: stopped the local emulator (pid "))
        #expect(try RempartProcess.run(["local", "status"], in: scratch.url).status == 3)
    }
}
