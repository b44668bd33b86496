import Foundation
import Testing

/// `Fn::Transform` calls whose output CloudFormation inserts at deployment: the checks that read a
/// value the macro may supply are undecided, never passed.
struct TransformScanTests {
    /// Scans `template` as JSON and returns the undecided checks as `rule line reason`, sorted,
    /// the passed checks, standard error and the exit code.
    static func scan(
        _ template: String, lang: String = "en"
    ) throws -> (undecided: [String], passed: Int, stderr: String, status: Int32) {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("group.yaml", template)
        let output = try RempartProcess.run(["scan", "-f", "json", "--lang", lang, "group.yaml"], in: scratch.url)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
        let checks = object["undecided"] as? [[String: Any]] ?? []
        let rows = checks.map { check in
            let line = (check["location"] as? [String: Any])?["line"] as? Int ?? 0
            return "\(check["ruleId"] as? String ?? "") \(line) \(check["reason"] as? String ?? "")"
        }
        let files = object["files"] as? [[String: Any]] ?? []
        return (rows.sorted(), files.first?["passed"] as? Int ?? -1, output.stderr, output.status)
    }

    @Test func includeBesideKnownPropertiesLeavesAbsentOnesUndecided() throws {
        let scan = try Self.scan(
            """
            Resources:
              SG:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: web servers
                  Fn::Transform:
                    Name: AWS::Include
                    Parameters: {Location: s3://bucket/ingress.yaml}
            """)
        let reason = "cannot be evaluated: Fn::Transform macro 'AWS::Include'"
        #expect(
            scan.undecided
                == ["AVD-AWS-0104", "AVD-AWS-0107", "AVD-AWS-0124", "AVD-AWS-0124", "RMP-AWS-0001", "RMP-AWS-0240"].map {
                    "\($0) 6 \(reason)"
                })
        #expect(scan.status == 0)
        // AVD-AWS-0124 checks the ingress and the egress rules, which both may come from the include.
        // The description is written beside the include, so its check still passes.
        #expect(scan.passed == 1)
    }

    @Test func listFormNamesTheMacro() throws {
        let scan = try Self.scan(
            """
            Resources:
              SG:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  Fn::Transform:
                    - Name: AWS::Include
                      Parameters: {Location: s3://bucket/x.yaml}
            """)
        #expect(scan.undecided.count == 7)
        #expect(scan.undecided.contains("AVD-AWS-0107 5 cannot be evaluated: Fn::Transform macro 'AWS::Include'"))
        #expect(!scan.undecided.contains { $0.contains("'?'") })
    }

    @Test func includeBesideTypeMaySupplyProperties() throws {
        let scan = try Self.scan(
            """
            Resources:
              SG:
                Type: AWS::EC2::SecurityGroup
                Fn::Transform:
                  Name: AWS::Include
                  Parameters: {Location: s3://bucket/properties.yaml}
            """)
        #expect(scan.passed == 0)
        #expect(scan.undecided.count == 7)
        #expect(scan.undecided.contains("AVD-AWS-0107 4 cannot be evaluated: Fn::Transform macro 'AWS::Include'"))
    }

    @Test func includeAmongResourcesWarns() throws {
        let scan = try Self.scan(
            """
            Resources:
              Fn::Transform:
                Name: AWS::Include
                Parameters: {Location: s3://bucket/more-resources.yaml}
              Logs:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Ref IncludedName
            """, lang: "fr")
        #expect(
            scan.stderr.contains(
                "group.yaml:2:3: avertissement : les ressources qu'ajoute la macro Fn::Transform « AWS::Include » au "
                    + "déploiement sont inconnues ici et ne sont pas vérifiées ; analysez aussi le modèle inclus\n"))
        // The included template may declare the referenced name, so the reference is no error.
        #expect(!scan.stderr.contains("IncludedName"))
        #expect(!scan.stderr.contains("Fn::Transform' has no Type"))
    }
}
