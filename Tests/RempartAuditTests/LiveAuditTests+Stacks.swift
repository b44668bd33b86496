import Foundation
import RempartAWS
import RempartAudit
import RempartModel
import RempartTemplate
import Testing

/// Drift of a stack deployed through CloudFormation, whose resources have generated names
/// that only the stack's resource list ties to the template. Part of `LiveAuditTests`, whose
/// tests run one at a time because each resets the emulator.
extension LiveAuditTests {
    private static let stackTemplate = """
        Resources:
          ArchiveBucket:
            Type: AWS::S3::Bucket
          ArchiveVPC:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.42.0.0/16
        """

    @Test func stackResourcesMatchGeneratedNames() async throws {
        try await TestEmulator.reset()
        let client = try TestEmulator.client()
        try await LabAccount.removeDefaultVPC(EC2(client: client))
        let cloudFormation = CloudFormation(client: client)
        _ = try await cloudFormation.createStack(name: "archive", templateBody: Self.stackTemplate)
        let physicalIDs = Dictionary(
            try await cloudFormation.describeStackResources(name: "archive").map { ($0.logicalID, $0.physicalID ?? "") },
            uniquingKeysWith: { first, _ in first })
        let bucket = try #require(physicalIDs["ArchiveBucket"])
        let vpc = try #require(physicalIDs["ArchiveVPC"])

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("audit-stack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data(Self.stackTemplate.utf8).write(to: scratch.appendingPathComponent("archive.yaml"))
        let declared = TemplateInventory.read(
            ["archive.yaml"], workingDirectory: scratch.path, options: ResolutionOptions(region: "us-east-1"))

        // The stack's resource list ties each generated name to its logical ID, so nothing drifts.
        let live = await LiveAuditor(client: client).collect(readsStacks: true)
        #expect(live.stackResources.map(\.physicalID).sorted() == [bucket, vpc].sorted())
        #expect(DriftDetector(template: declared, live: live, stackResources: live.stackResources).drift() == [])

        // Without the stack's resources, only the VPC still matches, through the logical-ID tag
        // CloudFormation puts on it; the bucket carries no tag and its generated name matches nothing.
        #expect(live.tags[vpc]?["aws:cloudformation:logical-id"] == "ArchiveVPC")
        let unmatched = DriftDetector(template: declared, live: live, stackResources: []).drift()
        let kinds = unmatched.map { "\($0.kind) \($0.type) \($0.logicalID ?? $0.resourceID ?? "")" }.sorted()
        let expected = ["missing AWS::S3::Bucket ArchiveBucket", "unmanaged AWS::S3::Bucket \(bucket)"]
        #expect(kinds == expected.sorted())
    }
}
