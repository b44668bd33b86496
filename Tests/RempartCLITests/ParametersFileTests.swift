import Foundation
import RempartScanner
import RempartSupport
import Testing

struct ParametersFileTests {
    private func parse(_ text: String) throws(ParametersFileError) -> [String: String] {
        try ParametersFile.parse(Data(text.utf8), path: "params.json")
    }

    @Test func readsAWSCLIList() throws {
        let values = try parse(
            """
            [{"ParameterKey": "EnvironmentName", "ParameterValue": "prod"},
             {"ParameterKey": "Port", "ParameterValue": 22},
             {"ParameterKey": "Kept", "UsePreviousValue": true}]
            """)
        #expect(values == ["EnvironmentName": "prod", "Port": "22"])
    }

    @Test func readsPlainMapWithTypedValues() throws {
        let values = try parse(#"{"Env": "dev", "Enabled": true, "Size": 8, "Ratio": 0.5, "Zones": ["a", "b"]}"#)
        #expect(values == ["Env": "dev", "Enabled": "true", "Size": "8", "Ratio": "0.5", "Zones": "a,b"])
    }

    @Test func readsCodePipelineConfiguration() throws {
        #expect(try parse(#"{"Parameters": {"Env": "qa"}}"#) == ["Env": "qa"])
    }

    @Test func rejectsInvalidJSONWithPosition() {
        do {
            _ = try parse("[{")
            Issue.record("no error")
        } catch {
            guard case .invalidSyntax(let message, let location) = error.problem else {
                Issue.record("unexpected problem \(error.problem)")
                return
            }
            #expect(message.english == "invalid JSON: expected an object key in double quotes but found the end of the file")
            #expect(location == SourceLocation(file: "params.json", line: 1, column: 3))
        }
    }

    @Test func invalidJSONDiagnosticHasLine() throws {
        do {
            _ = try parse("{\"A\": \"b\",\n \"B\": x}")
            Issue.record("no error")
        } catch {
            let text = error.diagnostic.formatted(in: .english)
            #expect(text.hasPrefix("params.json:2:7: error: invalid JSON: "), "\(text)")
        }
    }

    @Test func rejectsScalarDocument() {
        #expect(throws: ParametersFileError(path: "params.json", problem: .unexpectedShape(location: SourceLocation(file: "params.json", line: 1, column: 1)))) {
            try parse("42")
        }
    }

    @Test func rejectsListElementWithoutKey() {
        #expect(
            throws: ParametersFileError(path: "params.json", problem: .missingKey(index: 1, location: SourceLocation(file: "params.json", line: 1, column: 48)))
        ) {
            try parse(#"[{"ParameterKey": "A", "ParameterValue": "1"}, {"ParameterValue": "2"}]"#)
        }
    }

    @Test func rejectsListElementWithoutValueAtItsPosition() {
        let text = """
            [
              {"ParameterKey": "A", "ParameterValue": "1"},
              {"ParameterKey": "B"},
              {"ParameterKey": "C", "UsePreviousValue": true}
            ]
            """
        do {
            _ = try parse(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.problem == .missingValue(key: "B", index: 1, location: SourceLocation(file: "params.json", line: 3, column: 3)))
            #expect(
                error.diagnostic.formatted(in: .english)
                    == "params.json:3:3: error: element 2 ('B') has no \"ParameterValue\"; give one, or \"UsePreviousValue\": true")
        }
        #expect(throws: Never.self) { try parse(#"[{"ParameterKey": "C", "UsePreviousValue": true}]"#) }
    }

    @Test func rejectsObjectValue() {
        #expect(
            throws: ParametersFileError(path: "params.json", problem: .invalidValue(key: "A", location: SourceLocation(file: "params.json", line: 1, column: 7)))
        ) {
            try parse(#"{"A": {"nested": 1}}"#)
        }
    }

    @Test func missingFileIsUnreadable() {
        do {
            _ = try ParametersFile.load(path: "/nonexistent/rempart-params.json")
            Issue.record("expected an error")
        } catch {
            guard case .unreadable = error.problem else {
                Issue.record("expected .unreadable, got \(error.problem)")
                return
            }
            #expect(error.diagnostic.formatted(in: .english).hasPrefix("/nonexistent/rempart-params.json: error: cannot read"))
        }
    }
}
