import Foundation
import RempartSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Inputs that cannot be used are reported with their cause, in the user's language, never
/// with Foundation's own text.
struct InputProblemTests {
    @Test func linkLoopAndBrokenLinkNameTheirCause() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: scratch.url.appendingPathComponent("loop1.yaml").path, withDestinationPath: "loop2.yaml")
        try manager.createSymbolicLink(atPath: scratch.url.appendingPathComponent("loop2.yaml").path, withDestinationPath: "loop1.yaml")
        try manager.createSymbolicLink(atPath: scratch.url.appendingPathComponent("gone.yaml").path, withDestinationPath: "nowhere.yaml")

        let loop = try RempartProcess.run(["scan", "-q", "loop1.yaml"], in: scratch.url)
        #expect(loop.status == 2)
        #expect(loop.stderr == "loop1.yaml: error: too many levels of symbolic links (the links form a loop)\n")

        let broken = try RempartProcess.run(["scan", "-q", "--lang", "fr", "gone.yaml"], in: scratch.url)
        #expect(broken.status == 2)
        #expect(broken.stderr == "gone.yaml: erreur : lien symbolique brisé : sa cible n'existe pas\n")

        let missing = try RempartProcess.run(["scan", "-q", "absent.yaml"], in: scratch.url)
        #expect(missing.stderr == "absent.yaml: error: no such file or directory\n")
    }

    @Test func unreadableFileSaysPermissionDenied() throws {
        #expect(FileAccessProblem.reason(errno: EACCES) == LocalizedText("permission denied", fr: "permission refusée"))
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write("walk/locked.yaml", "Resources:\n  B: {Type: AWS::S3::Bucket}\n")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let arguments = ["scan", "-q", "--scanners", "misconfig", "walk/locked.yaml", "walk"]
        let expected = "walk/locked.yaml: error: cannot read the file: permission denied\n"

        guard getuid() == 0 else {
            let output = try RempartProcess.run(arguments, in: scratch.url)
            #expect(output.status == 2)
            #expect(output.stderr == expected)
            return
        }
        // Root reads any file, so the binary runs as the unprivileged user 65534 through setpriv.
        let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
        guard FileManager.default.isExecutableFile(atPath: setpriv.path), let binary = RempartProcess.binary else { return }
        let copy = scratch.url.appendingPathComponent("rempart")
        try FileManager.default.copyItem(at: binary, to: copy)
        for path in [scratch.url.path, scratch.url.appendingPathComponent("walk").path, copy.path] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        let process = Process()
        process.executableURL = setpriv
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", copy.path] + arguments
        process.currentDirectoryURL = scratch.url
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(text == expected)
    }

    @Test func emptyNamedFileIsRejected() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("empty.yaml", "")
        try scratch.write("comments.yaml", "# to do\n---\n")
        let empty = try RempartProcess.run(["scan", "-q", "empty.yaml"], in: scratch.url)
        #expect(empty.status == 2)
        #expect(empty.stderr == "empty.yaml: error: the file is empty; a template needs at least a Resources section\n")

        let comments = try RempartProcess.run(["scan", "-q", "--lang", "fr", "comments.yaml"], in: scratch.url)
        #expect(comments.status == 2)
        #expect(
            comments.stderr
                == "comments.yaml: erreur : le fichier ne contient que des commentaires ; un modèle doit contenir au "
                + "moins une section Resources\n")

        // Found by a directory walk, an empty file is skipped without a word.
        try scratch.write("walk/empty.yaml", "")
        try scratch.write("walk/bucket.yaml", "Resources:\n  B: {Type: AWS::S3::Bucket}\n")
        let walked = try RempartProcess.run(["scan", "--scanners", "misconfig", "-f", "json", "walk"], in: scratch.url)
        #expect(walked.status == 1)
        #expect(walked.stderr.hasSuffix("rempart: 2 files: 1 scanned, 1 skipped, 0 rejected; 8 findings, 0 suppressed, 0 undecided checks\n"))
    }

    @Test func parametersFileProblemsInBothLanguages() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("bucket.yaml", "Resources:\n  B: {Type: AWS::S3::Bucket}\n")
        try scratch.write("folder/x", "")
        try scratch.write("list.json", "[\n  {\"ParameterKey\": \"A\", \"ParameterValue\": \"1\"},\n  {\"Value\": \"2\"}\n]\n")
        func run(_ file: String, _ language: String) throws -> String {
            let output = try RempartProcess.run(
                ["scan", "-q", "--lang", language, "--parameters-file", file, "bucket.yaml"], in: scratch.url)
            #expect(output.status == 2)
            #expect(output.stdout.isEmpty)
            #expect(!output.stderr.contains("NSCocoaErrorDomain"))
            #expect(!output.stderr.contains("could not be completed"))
            return output.stderr
        }

        #expect(
            try run("missing.json", "en")
                == "missing.json: error: cannot read the parameters file: no such file or directory; check the path "
                + "given to --parameters-file\n")
        #expect(
            try run("folder", "fr")
                == "folder: erreur : impossible de lire le fichier de paramètres : c'est un dossier ; vérifiez le chemin "
                + "donné à --parameters-file\n")
        #expect(
            try run("list.json", "en")
                == "list.json:3:3: error: element 2 of the list has no string \"ParameterKey\"; write it as "
                + "{\"ParameterKey\": \"Name\", \"ParameterValue\": \"value\"}\n")
    }

    @Test func ignoreFileProblemsNameTheCause() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("bucket.yaml", "Resources:\n  B: {Type: AWS::S3::Bucket}\n")
        let output = try RempartProcess.run(["scan", "-q", "--ignore-file", "nope", "bucket.yaml"], in: scratch.url)
        #expect(output.status == 2)
        #expect(
            output.stderr
                == "nope: error: cannot read the ignore file: no such file or directory; check the path and the file's "
                + "permissions\n")
    }

    @Test func invalidExpiryInCommentWarns() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            "group.yaml",
            """
            Resources:
              # rempart:ignore:AVD-AWS-0107:exp:2027-13-45 reviewed
              Admin:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: admin
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh}
              # trivy:ignore:AVD-AWS-0107:exp:
              Other:
                Type: AWS::S3::Bucket
            """)
        let output = try RempartProcess.run(["scan", "--scanners", "misconfig", "-f", "json", "group.yaml"], in: scratch.url)
        #expect(
            output.stderr.contains(
                "group.yaml:2:1: warning: invalid expiry 'exp:2027-13-45': expected exp:YYYY-MM-DD with a real date; "
                    + "this comment suppresses nothing\n"))
        #expect(output.stderr.contains("group.yaml:9:1: warning: invalid expiry 'exp:':"))
        // The directive suppresses nothing, as in trivy.
        #expect(try ReportDigest(output.stdout).activeRows.contains { $0.rule == "AVD-AWS-0107" })

        let french = try RempartProcess.run(["scan", "--lang", "fr", "-f", "json", "group.yaml"], in: scratch.url)
        #expect(
            french.stderr.contains(
                "group.yaml:2:1: avertissement : expiration « exp:2027-13-45 » invalide : format attendu "
                    + "exp:AAAA-MM-JJ avec une date qui existe ; ce commentaire n'exempte rien\n"))
    }

    @Test func nonAlphanumericLogicalIDsAreErrors() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            "ids.yaml",
            """
            Parameters:
              Env_Name: {Type: String, Default: x}
            Resources:
              GroupeDeSécurité:
                Type: AWS::S3::Bucket
              "組":
                Type: AWS::S3::Bucket
              Good1:
                Type: AWS::S3::Bucket
            """)
        let output = try RempartProcess.run(["scan", "--scanners", "misconfig", "-f", "json", "ids.yaml"], in: scratch.url)
        let errors = output.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        let rule = "CloudFormation accepts only the letters A-Z and a-z and the digits 0-9 and rejects the template"
        let expected: [String] = [
            "ids.yaml:2:3: error: the logical ID 'Env_Name' in Parameters contains '_', but \(rule); rename it, for "
                + "example 'EnvName'",
            "ids.yaml:4:3: error: the logical ID 'GroupeDeSécurité' in Resources contains 'é', but \(rule); rename "
                + "it, for example 'GroupeDeSecurite'",
            "ids.yaml:6:3: error: the logical ID '組' in Resources contains '組', but \(rule)",
        ]
        #expect(errors == expected)
        // The resources are still checked, as cfn-lint goes on after E3006.
        let resources = Set(try ReportDigest(output.stdout).findings.compactMap {
            ($0["resource"] as? [String: Any])?["logicalId"] as? String
        })
        #expect(resources == ["GroupeDeSécurité", "Good1", "組"])
    }
}
