import Foundation
import RempartTemplate
import Testing

/// Damaged copies of the lab templates: reading and resolving them must return or throw, never crash.
struct MutationRobustnessTests {
    /// A small linear congruential generator, so that every run damages the files the same way.
    struct Generator {
        var state: UInt64

        mutating func next(below bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Bytes that break structure most often.
    static let damagingBytes: [UInt8] = Array("{}[]:,\"'!&*#|>-\t\n ".utf8) + [0x00, 0xC3, 0xFF]

    @Test(arguments: ["vpc.yaml", "ec2.json"])
    func damagedTemplatesNeverCrash(name: String) throws {
        let original = try [UInt8](Data(contentsOf: LabTemplateTests.folder.appendingPathComponent(name)))
        var generator = Generator(state: 42)
        var outcomes = (templates: 0, notTemplates: 0, errors: 0)
        let start = Date()

        for round in 0..<1_000 {
            var bytes = original
            if round % 3 == 0 {
                bytes = Array(bytes.prefix(generator.next(below: bytes.count)))
            } else {
                for _ in 0..<(1 + generator.next(below: 4)) {
                    let index = generator.next(below: bytes.count)
                    bytes[index] = Self.damagingBytes[generator.next(below: Self.damagingBytes.count)]
                }
            }
            do {
                switch try TemplateReader.read(Data(bytes), file: name) {
                case .template(let template):
                    outcomes.templates += 1
                    _ = TemplateResolver().resolve([template])
                case .notATemplate:
                    outcomes.notTemplates += 1
                }
            } catch {
                outcomes.errors += 1
                #expect(error.location != nil)
            }
        }

        #expect(outcomes.templates + outcomes.notTemplates + outcomes.errors == 1_000)
        #expect(outcomes.errors > 0)
        #expect(Date().timeIntervalSince(start) < 30)
    }
}
