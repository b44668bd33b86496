import Foundation
import Testing

/// YAML files holding several documents: CloudFormation reads one, so a file that concatenates
/// templates is rejected at the second document instead of losing its later resources.
struct MultiDocumentScanTests {
    static let concatenated = """
        Resources:
          Logs: {Type: AWS::S3::Bucket}
        ---
        Resources:
          Admin:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: ssh
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
        """

    @Test func secondDocumentRejectsTheFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("all.yaml", Self.concatenated)
        let output = try RempartProcess.run(["scan", "--scanners", "misconfig", "all.yaml"], in: scratch.url)
        #expect(output.status == 2)
        #expect(
            output.stderr.hasPrefix(
                "all.yaml:3:1: error: a second YAML document starts here, but CloudFormation reads a template as one "
                    + "document and rejects the file; put each template in a file of its own\n"))
        #expect(output.stderr.contains("1 file: 0 scanned, 0 skipped, 1 rejected;"))
    }

    @Test func secondDocumentMessageInFrench() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("all.yaml", Self.concatenated)
        let output = try RempartProcess.run(["scan", "--lang", "fr", "-q", "all.yaml"], in: scratch.url)
        #expect(output.status == 2)
        #expect(
            output.stderr
                == "all.yaml:3:1: erreur : un deuxième document YAML commence ici, mais CloudFormation lit un modèle "
                + "comme un seul document et rejette le fichier ; placez chaque modèle dans son propre fichier\n")
    }

    @Test func templateInALaterDocumentIsFoundToo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("stream.yaml", "kind: ConfigMap\n---\n# the template\n" + Self.concatenated)
        let output = try RempartProcess.run(["scan", "-q", "stream.yaml"], in: scratch.url)
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("stream.yaml:2:1: error: a second YAML document starts here"))
    }

    @Test func streamsWithoutTemplateAreSkipped() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("manifests/app.yaml", "kind: Deployment\n---\nkind: Service\n")
        try scratch.write("manifests/s3.yaml", "---\nResources:\n  Logs: {Type: AWS::S3::Bucket}\n...\n")
        let output = try RempartProcess.run(
            ["scan", "--scanners", "misconfig", "-f", "json", "manifests"], in: scratch.url)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
        let files = (object["files"] as? [[String: Any]] ?? []).map {
            "\($0["path"] as? String ?? "") \($0["status"] as? String ?? "")"
        }
        // One document between '---' and '...' is a template like any other.
        #expect(files == ["manifests/app.yaml skipped", "manifests/s3.yaml scanned"])
        #expect(output.status == 1)
    }
}
