import Foundation
import RempartAWS
import RempartModel
import RempartRules
import RempartScanner
import Testing

@testable import RempartAudit

/// Rule evaluation, gap handling and suppressions on inventories built in memory.
struct LiveEvaluationTests {
    private static let region = "us-east-1"

    /// Returns an inventory of a subnet that maps public IPs and a bucket without logging, as an
    /// audit reads them.
    private func inventory(tags: [String: [String: String]] = [:], gaps: [AWSState.Gap] = []) -> LiveInventory {
        let loggingFailed = gaps.contains { $0.operation == "GetBucketLogging" }
        var state = AWSState()
        let subnet = ResourceAddress.live(type: "AWS::EC2::Subnet", id: "subnet-0a1b", region: Self.region)
        state.add(
            Subnet(
                address: subnet, vpc: .explicit(.literal("vpc-0a1b"), at: subnet.origin),
                cidrBlock: .explicit("10.0.0.0/24", at: subnet.origin),
                mapsPublicIPOnLaunch: .explicit(true, at: subnet.origin)))
        let bucket = ResourceAddress.live(type: "AWS::S3::Bucket", id: "example-data", region: Self.region)
        let mapper = S3BucketMapper(address: bucket)
        let logging: S3.LoggingTarget?? = loggingFailed ? nil : .some(nil)
        state.add(
            S3Bucket(
                address: bucket, name: .explicit("example-data", at: bucket.origin),
                encryptionRules: mapper.encryptionRules(.some(nil)), versioningStatus: nil,
                mfaDelete: .explicit(false, at: bucket.origin), logging: mapper.logging(logging),
                publicAccessBlock: nil, acl: mapper.cannedACL([]), policies: [], replicationDestinations: [],
                objectLockEnabled: .defaulted(false, at: bucket.origin), hostsWebsite: false))
        state.gaps = gaps
        return LiveInventory(state: state, tags: tags, region: Self.region)
    }

    private func ids(_ findings: [Finding], rule: String) -> [String] {
        findings.filter { $0.rule.id == rule }.map(\.resource.name)
    }

    @Test func findingsNameLiveResourceAndRegion() throws {
        let result = LiveEvaluation.evaluate(inventory(), options: ScanOptions())
        #expect(result.files.map(\.path) == ["aws:us-east-1"])
        #expect(result.files.map(\.targetType) == ["aws-account"])
        let subnetFinding = try #require(result.findings.first { $0.rule.id == "AVD-AWS-0164" })
        #expect(subnetFinding.resource.name == "subnet-0a1b")
        #expect(subnetFinding.resource.region == "us-east-1")
        #expect(subnetFinding.file == "aws:us-east-1")
        #expect(ids(result.activeFindings, rule: "AVD-AWS-0089") == ["example-data"])
        #expect(ids(result.activeFindings, rule: "RMP-AWS-0403") == ["example-data"])
    }

    @Test func ignoreTagSuppressesNamedRules() throws {
        let tags = ["subnet-0a1b": ["rempart:ignore": "AVD-AWS-0164, RMP-AWS-0400"]]
        let result = LiveEvaluation.evaluate(inventory(tags: tags), options: ScanOptions())
        let finding = try #require(result.findings.first { $0.rule.id == "AVD-AWS-0164" })
        #expect(finding.suppression?.source == .tag)
        #expect(finding.suppression?.justification == "rempart:ignore=AVD-AWS-0164, RMP-AWS-0400")
        #expect(ids(result.activeFindings, rule: "AVD-AWS-0164") == [])
        #expect(ids(result.activeFindings, rule: "AVD-AWS-0089") == ["example-data"])
    }

    @Test func ignoreFileMatchesResourceID() throws {
        let ignore = IgnoreFile(
            text: "AVD-AWS-0089 example-data  # logs go to CloudTrail\nAVD-AWS-0164 subnet-other\n", path: ".rempartignore")
        let result = LiveEvaluation.evaluate(inventory(), options: ScanOptions(ignoreFile: ignore))
        let finding = try #require(result.findings.first { $0.rule.id == "AVD-AWS-0089" })
        #expect(finding.suppression?.source == .ignoreFile)
        #expect(finding.suppression?.justification == "logs go to CloudTrail")
        #expect(ids(result.activeFindings, rule: "AVD-AWS-0164") == ["subnet-0a1b"])
    }

    @Test func failedReadLeavesCheckUndecided() {
        let gap = AWSState.Gap(
            service: "s3", operation: "GetBucketLogging", resourceID: "example-data", reason: "AccessDenied (HTTP 403)")
        let result = LiveEvaluation.evaluate(inventory(gaps: [gap]), options: ScanOptions())
        #expect(ids(result.findings, rule: "AVD-AWS-0089") == [])
        #expect(result.gaps == [gap])
        #expect(result.undecidedCount == 1)
        // Other checks of the same bucket still decide.
        #expect(ids(result.activeFindings, rule: "RMP-AWS-0403") == ["example-data"])
    }

    @Test func unlistedOperationAffectsItsService() {
        let gap = AWSState.Gap(service: "ec2", operation: "DescribeSubnetsExtra", resourceID: nil, reason: "Throttling")
        let result = LiveEvaluation.evaluate(inventory(gaps: [gap]), options: ScanOptions())
        #expect(ids(result.findings, rule: "AVD-AWS-0164") == [])
        #expect(ids(result.activeFindings, rule: "AVD-AWS-0089") == ["example-data"])
    }

    @Test func liveOnlyRulesRunAndDeprecatedDoNot() {
        let ids = Set(LiveEvaluation.rules(ScanOptions()).map(\.metadata.id))
        #expect(ids.isSuperset(of: ["RMP-AWS-0400", "RMP-AWS-0401", "RMP-AWS-0402", "RMP-AWS-0403", "AVD-AWS-0107"]))
        #expect(!ids.contains("AVD-AWS-0170"))
        #expect(!LiveEvaluation.rules(ScanOptions(skippedRules: ["RMP-AWS-0400"])).contains { $0.metadata.id == "RMP-AWS-0400" })
    }
}
