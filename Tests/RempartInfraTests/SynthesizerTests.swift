import Foundation
import RempartInfra
import RempartSupport
import RempartTemplate
import Testing

struct SynthesizerTests {
    @Test(arguments: LabProfile.allCases)
    func writesAndRereadsProfile(_ profile: LabProfile) throws {
        let directory = try InfraTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let handler = InMemoryLogHandler()

        let written = try Synthesizer.write(
            profile: profile, to: directory, logger: Logger(level: .info, handler: handler))

        #expect(written.map(\.lastPathComponent) == ["vpc.yaml", "ec2.json", "s3.json"])
        #expect(handler.entries.count == 3)
        let app = LabArchitecture.app(profile: profile)
        for (url, stack) in zip(written, app.stacks) {
            let root = try InfraTestSupport.read(url)
            #expect(
                root.json == (try InfraTestSupport.read(try Synthesizer.render(stack, as: .json), file: "x.json")).json)
            #expect(root["Resources"]?.entries.count == stack.resources.count)
        }
    }

    @Test(arguments: [Template.Format.yaml, .json])
    func forcesOneFormat(_ format: Template.Format) throws {
        let directory = try InfraTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }

        let written = try Synthesizer.write(profile: .hardened, format: format, to: directory)

        #expect(written.map(\.lastPathComponent) == ["vpc", "ec2", "s3"].map { "\($0).\(format.rawValue)" })
        let app = LabArchitecture.app(profile: .hardened)
        for (url, stack) in zip(written, app.stacks) {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.hasPrefix("{") == (format == .json), "\(url.lastPathComponent)")
            #expect(try InfraTestSupport.read(url).json == stack.template.json, "\(url.lastPathComponent)")
        }
    }

    @Test func writingTwiceGivesSameBytes() throws {
        let directory = try InfraTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try Synthesizer.write(profile: .hardened, to: directory).map { try Data(contentsOf: $0) }
        let second = try Synthesizer.write(profile: .hardened, to: directory).map { try Data(contentsOf: $0) }
        #expect(first == second)
    }

    @Test func createsMissingDirectories() throws {
        let root = try InfraTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let nested = root.appendingPathComponent("a/b")
        #expect(try Synthesizer.write(profile: .baseline, to: nested).count == 3)
    }

    @Test func rejectsFileAsDirectory() throws {
        let root = try InfraTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("taken")
        try Data("x".utf8).write(to: file)

        do {
            try Synthesizer.write(profile: .baseline, to: file)
            Issue.record("writing into a file succeeded")
        } catch {
            guard case .notADirectory(let path) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == file.path)
            #expect(error.exitCode == 2)
            #expect(error.message(.english) == "output path \(file.path) is not a directory; give a directory with -o")
            #expect(error.message(.french).hasPrefix("le chemin de sortie \(file.path) n'est pas un dossier"))
        }
    }

    @Test func rejectsDirectoryBelowFile() throws {
        let root = try InfraTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("taken")
        try Data("x".utf8).write(to: file)
        let below = file.appendingPathComponent("out")

        do {
            try Synthesizer.write(profile: .baseline, to: below)
            Issue.record("creating a directory below a file succeeded")
        } catch {
            guard case .directoryNotCreated(let path, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == below.path)
            #expect(error.message(.english).hasPrefix("cannot create output directory \(below.path): "))
        }
    }

    @Test func rejectsInvalidApp() throws {
        let stack = Stack(
            fileName: "d.yaml", description: "d", resources: [InternetGateway("A"), InternetGateway("A")])
        let directory = try InfraTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try Synthesizer.write(App(stacks: [stack]), to: directory)
            Issue.record("an app with a duplicate logical ID was written")
        } catch {
            #expect(
                error.message(.english) == "invalid architecture: d.yaml declares the logical ID 'A' more than once")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func fileNamesFollowForcedFormat() {
        let stack = Stack(fileName: "vpc.yaml", description: "d")
        #expect(Synthesizer.fileName(of: stack, forcing: nil) == ("vpc.yaml", .yaml))
        #expect(Synthesizer.fileName(of: stack, forcing: .yaml) == ("vpc.yaml", .yaml))
        #expect(Synthesizer.fileName(of: stack, forcing: .json) == ("vpc.json", .json))
    }
}
