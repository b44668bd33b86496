import Foundation
import RempartAWS
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension EmulatorIntegrationTests {
    @Suite struct S3IntegrationTests {
        let s3 = S3(client: Emulator.client())

        @Test func createsListsAndDeletesBuckets() async throws {
            try await Emulator.reset()
            let name = Emulator.unique("lab-bucket")
            try await s3.createBucket(name)
            #expect(try await s3.bucketExists(name))
            #expect(try await s3.listBuckets().map(\.name).contains(name))
            try await s3.deleteBucket(name)
            #expect(try await s3.bucketExists(name) == false)
        }

        @Test func createsBucketOutsideUSEast1() async throws {
            let regional = S3(client: Emulator.client(region: "ca-central-1"))
            let name = Emulator.unique("lab-quebec")
            try await regional.createBucket(name)
            #expect(try await regional.bucketExists(name))
        }

        @Test func roundTripsEncryption() async throws {
            let name = Emulator.unique("lab-enc")
            try await s3.createBucket(name)
            try await s3.deleteBucketEncryption(name)
            let encryption = S3.ServerSideEncryption(
                algorithm: "aws:kms", kmsKeyID: "alias/lab", isBucketKeyEnabled: true)
            try await s3.putBucketEncryption(name, encryption)
            #expect(try await s3.bucketEncryption(name) == encryption)
            try await s3.deleteBucketEncryption(name)
            let afterDelete = try await s3.bucketEncryption(name)
            #expect(afterDelete == nil || afterDelete?.algorithm == "AES256")
        }

        @Test func roundTripsVersioning() async throws {
            let name = Emulator.unique("lab-ver")
            try await s3.createBucket(name)
            #expect(try await s3.bucketVersioning(name) == nil)
            try await s3.putBucketVersioning(name, isEnabled: true)
            #expect(try await s3.bucketVersioning(name) == "Enabled")
            try await s3.putBucketVersioning(name, isEnabled: false)
            #expect(try await s3.bucketVersioning(name) == "Suspended")
        }

        @Test func roundTripsLogging() async throws {
            let name = Emulator.unique("lab-logged")
            let target = Emulator.unique("lab-logs")
            try await s3.createBucket(name)
            try await s3.createBucket(target)
            // S3 (and moto) require the target to let the logging service write to it.
            try await s3.putBucketPolicy(
                target,
                policy: """
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::\(target)/*"}]}
                    """)
            #expect(try await s3.bucketLogging(name) == nil)
            try await s3.putBucketLogging(name, target: S3.LoggingTarget(bucket: target, prefix: "access/"))
            #expect(try await s3.bucketLogging(name) == S3.LoggingTarget(bucket: target, prefix: "access/"))
            try await s3.deleteBucketLogging(name)
            #expect(try await s3.bucketLogging(name) == nil)
        }

        @Test func roundTripsPublicAccessBlock() async throws {
            let name = Emulator.unique("lab-pab")
            try await s3.createBucket(name)
            #expect(try await s3.publicAccessBlock(name) == nil)
            let block = S3.PublicAccessBlock(
                blocksPublicACLs: true, ignoresPublicACLs: true, blocksPublicPolicy: false, restrictsPublicBuckets: true
            )
            try await s3.putPublicAccessBlock(name, block)
            #expect(try await s3.publicAccessBlock(name) == block)
            try await s3.deletePublicAccessBlock(name)
            #expect(try await s3.publicAccessBlock(name) == nil)
        }

        @Test func roundTripsPolicy() async throws {
            let name = Emulator.unique("lab-policy")
            try await s3.createBucket(name)
            #expect(try await s3.bucketPolicy(name) == nil)
            let policy = """
                {"Version":"2012-10-17","Statement":[{"Sid":"ReadOnly","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::\(name)/*"}]}
                """
            try await s3.putBucketPolicy(name, policy: policy)
            let stored = try #require(try await s3.bucketPolicy(name))
            let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(stored.utf8))
            #expect(decoded == (try JSONDecoder().decode(JSONValue.self, from: Data(policy.utf8))))
            try await s3.deleteBucketPolicy(name)
            #expect(try await s3.bucketPolicy(name) == nil)
        }

        @Test func roundTripsReplication() async throws {
            let source = Emulator.unique("lab-source")
            let replica = Emulator.unique("lab-replica")
            for bucket in [source, replica] {
                try await s3.createBucket(bucket)
                try await s3.putBucketVersioning(bucket, isEnabled: true)
            }
            #expect(try await s3.bucketReplication(source) == nil)
            let configuration = S3.ReplicationConfiguration(
                roleARN: "arn:aws:iam::123456789012:role/replication",
                rules: [
                    .init(
                        id: "replicate-all", destinationBucketARN: "arn:aws:s3:::\(replica)", storageClass: "STANDARD")
                ])
            try await s3.putBucketReplication(source, configuration)
            #expect(try await s3.bucketReplication(source) == configuration)
            try await s3.deleteBucketReplication(source)
            #expect(try await s3.bucketReplication(source) == nil)
        }

        @Test func putsGetsListsAndDeletesObjects() async throws {
            let name = Emulator.unique("lab-objects")
            try await s3.createBucket(name)
            let body = Data("print('hello')\n".utf8)
            try await s3.putObject(
                bucket: name, key: "sourcecode/network setup+v1.py", body: body, contentType: "text/x-python")
            try await s3.putObject(bucket: name, key: "report.txt", body: Data("ok".utf8), payload: .unsigned)
            #expect(try await s3.getObject(bucket: name, key: "sourcecode/network setup+v1.py") == body)
            #expect(try await s3.getObject(bucket: name, key: "report.txt") == Data("ok".utf8))

            let listed = try await s3.listObjects(bucket: name, prefix: "sourcecode/")
            #expect(listed.map(\.key) == ["sourcecode/network setup+v1.py"])
            #expect(listed.first?.size == body.count)
            #expect(
                try await s3.listObjects(bucket: name).map(\.key) == ["report.txt", "sourcecode/network setup+v1.py"])

            try await s3.deleteObject(bucket: name, key: "report.txt")
            #expect(try await s3.listObjects(bucket: name).map(\.key) == ["sourcecode/network setup+v1.py"])
        }

        @Test func emptiesVersionedBucket() async throws {
            let name = Emulator.unique("lab-versions")
            try await s3.createBucket(name)
            try await s3.putBucketVersioning(name, isEnabled: true)
            let first = try await s3.putObject(bucket: name, key: "a", body: Data("1".utf8))
            let second = try await s3.putObject(bucket: name, key: "a", body: Data("2".utf8))
            #expect(first != nil)
            #expect(first != second)
            let versions = try await s3.listObjectVersions(bucket: name)
            #expect(Set(versions.map(\.versionID)) == Set([first, second].compactMap { $0 }))
            for version in versions {
                try await s3.deleteObject(bucket: name, key: version.key, versionID: version.versionID)
            }
            try await s3.deleteBucket(name)
            #expect(try await s3.bucketExists(name) == false)
        }

        @Test func deletesVersionsInBatches() async throws {
            let name = Emulator.unique("lab-batch")
            try await s3.createBucket(name)
            try await s3.putBucketVersioning(name, isEnabled: true)
            // 1,003 objects and versions take two DeleteObjects calls; a key with XML characters is escaped.
            for index in 0..<1000 {
                try await s3.putObject(bucket: name, key: "src/file-\(index).txt", body: Data("\(index)".utf8))
            }
            try await s3.putObject(bucket: name, key: "a&b <c>.txt", body: Data("1".utf8))
            try await s3.putObject(bucket: name, key: "a&b <c>.txt", body: Data("2".utf8))
            try await s3.deleteObject(bucket: name, key: "src/file-0.txt")
            let versions = try await s3.listObjectVersions(bucket: name)
            #expect(versions.count == 1003)
            #expect(versions.filter(\.isDeleteMarker).count == 1)

            let failures = try await s3.deleteObjects(bucket: name, versions)
            #expect(failures.isEmpty)
            #expect(try await s3.listObjectVersions(bucket: name).isEmpty)
            try await s3.deleteBucket(name)
        }

        @Test func presignedURLDownloadsObject() async throws {
            let name = Emulator.unique("lab-presign")
            try await s3.createBucket(name)
            try await s3.putObject(bucket: name, key: "dir/file.txt", body: Data("presigned".utf8))
            let url = try s3.presignedGetURL(bucket: name, key: "dir/file.txt", expires: 300)
            #expect(url.query?.contains("X-Amz-Signature=") == true)
            let response = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: url), timeout: 10)
            #expect(response.status == 200)
            #expect(String(decoding: response.body, as: UTF8.self) == "presigned")
        }

        @Test func missingBucketIsTypedError() async throws {
            do {
                _ = try await s3.listObjects(bucket: Emulator.unique("absent"))
                Issue.record("expected NoSuchBucket")
            } catch let error as AWSError {
                #expect(error.code == "NoSuchBucket")
                #expect(error.statusCode == 404)
            }
        }
    }
}
