import RempartScanner
import RempartSupport
import RempartTemplate
import Testing

/// Values given for parameters that no scanned template declares are reported, with the near match.
struct UnknownParameterTests {
    static let template = """
        Parameters:
          EnvironmentName:
            Type: String
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
        """

    static func warnings(_ parameters: [String: String]) -> [String] {
        var options = ScanOptions()
        options.resolution = ResolutionOptions(parameters: parameters)
        let result = Scanner(options: options).scan(sources: [Pipeline.Source(file: "t.yaml", text: template)])
        return result.diagnostics.filter { $0.level == .warning }.map { $0.formatted(in: .english) }
    }

    @Test func undeclaredParameterIsReportedWithItsNearMatch() {
        #expect(
            Self.warnings(["EnviromentName": "prod", "Unknown": "1", "EnvironmentName": "prod", "AWS::Region": "x"]) == [
                "warning: a value is given for the parameter 'EnviromentName', but no scanned template declares it; "
                    + "did you mean 'EnvironmentName'?",
                "warning: a value is given for the parameter 'Unknown', but no scanned template declares it; it is not used",
            ])
    }

    @Test func declaredParametersGiveNoWarning() {
        #expect(Self.warnings(["EnvironmentName": "prod"]).isEmpty)
    }
}
