import Foundation
import RempartAWS
import Testing

struct LocalEmulatorTests {
    static let controller = LocalEmulator(
        directory: FileManager.default.temporaryDirectory.appendingPathComponent("emulator-\(UUID().uuidString)"))

    @Test func stateFileRoundTrips() throws {
        let state = EmulatorState(pid: 4242, port: 45123, endpoint: try #require(URL(string: "http://127.0.0.1:45123")))
        #expect(state.fileText == "EMULATOR_PID=4242\nEMULATOR_PORT=45123\nEMULATOR_ENDPOINT=http://127.0.0.1:45123\n")
        #expect(EmulatorState(fileText: state.fileText) == state)
        #expect(EmulatorState(fileText: "EMULATOR_PID=x\n") == nil)
    }

    @Test(arguments: ["0", "-1", "1", "x"])
    func stateFileRejectsPID(_ pid: String) {
        #expect(EmulatorState(fileText: "EMULATOR_PID=\(pid)\nEMULATOR_PORT=45123\nEMULATOR_ENDPOINT=http://127.0.0.1:45123\n") == nil)
    }

    @Test(arguments: ["0", "65536"])
    func stateFileRejectsPort(_ port: String) {
        #expect(EmulatorState(fileText: "EMULATOR_PID=4242\nEMULATOR_PORT=\(port)\nEMULATOR_ENDPOINT=http://127.0.0.1:1\n") == nil)
    }

    /// A state file left behind by a dead server whose PID now belongs to another program.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/cmdline"), "needs /proc"))
    func staleStateSignalsNothing() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let other = Process()
        other.executableURL = URL(fileURLWithPath: "/bin/sleep")
        other.arguments = ["30"]
        try other.run()
        defer { other.terminate() }

        let emulator = LocalEmulator(directory: directory)
        try FileManager.default.createDirectory(
            at: emulator.stateFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        let endpoint = try #require(URL(string: "http://127.0.0.1:45123"))
        let state = EmulatorState(pid: other.processIdentifier, port: 45123, endpoint: endpoint)
        try Data(state.fileText.utf8).write(to: emulator.stateFile)

        #expect(emulator.status() == nil)
        #expect(try await emulator.stop() == false)
        #expect(other.isRunning)
        #expect(!FileManager.default.fileExists(atPath: emulator.stateFile.path))
    }

    @Test func freePortIsUsable() throws {
        let port = try LocalEmulator.freePort()
        #expect((1024...65535).contains(port))
    }

    @Test func statusIsNilWithoutStateFile() async throws {
        #expect(Self.controller.status() == nil)
        #expect(try await Self.controller.stop() == false)
    }

    /// Starts and stops a second server from the project's virtual environment, when installed.
    @Test(.enabled(if: LocalEmulator(directory: TestPaths.packageRoot).isInstalled, "the emulator is not installed"))
    func startsAndStopsServer() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent(".venv"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: directory.appendingPathComponent(".venv/emulator"),
            withDestinationURL: TestPaths.packageRoot.appendingPathComponent(".venv/emulator"))
        defer { try? FileManager.default.removeItem(at: directory) }
        let emulator = LocalEmulator(directory: directory)

        let state = try await emulator.start()
        #expect(state.endpoint.host == "127.0.0.1")
        #expect(emulator.status() == state)
        #expect(await LocalEmulator.isResponding(state.endpoint))
        try await LocalEmulator.reset(state.endpoint)

        #expect(try await emulator.stop())
        #expect(emulator.status() == nil)
        #expect(await LocalEmulator.isResponding(state.endpoint) == false)
    }
}
