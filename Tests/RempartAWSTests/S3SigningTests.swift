import Foundation
import RempartAWS
import Testing

/// The S3 examples from AWS's "Signature calculations for the Authorization header" and
/// "Authenticating requests: using query parameters" pages, with their example credentials.
struct S3SigningTests {
    static let credentials = AWSCredentials(
        accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    static let date = Date(timeIntervalSince1970: 1_369_353_600)  // 2013-05-24T00:00:00Z
    static let host = HTTPHeader("Host", "examplebucket.s3.amazonaws.com")
    let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "s3")

    private func signature(_ request: SigningRequest) -> String? {
        let authorization = signer.sign(request, at: Self.date).headers.value(for: "Authorization")
        return authorization?.components(separatedBy: "Signature=").last
    }

    @Test func signsGetObjectWithRange() {
        let request = SigningRequest(
            method: "GET", path: "/test.txt", headers: [Self.host, HTTPHeader("Range", "bytes=0-9")])
        let signed = signer.sign(request, at: Self.date)
        #expect(
            signed.headers.value(for: "Authorization")
                == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
        #expect(signed.headers.value(for: "x-amz-content-sha256") == SigV4Signer.emptyBodyHash)
    }

    @Test func signsPutObjectWithoutReencodingThePath() {
        let request = SigningRequest(
            method: "PUT", path: "/\(URIEncoding.encode("test$file.text", keepingSlashes: true))",
            headers: [
                Self.host, HTTPHeader("Date", "Fri, 24 May 2013 00:00:00 GMT"),
                HTTPHeader("x-amz-storage-class", "REDUCED_REDUNDANCY"),
            ],
            body: Data("Welcome to Amazon S3.".utf8))
        let signed = signer.sign(request, at: Self.date)
        #expect(request.path == "/test%24file.text")
        #expect(
            signed.headers.value(for: "x-amz-content-sha256")
                == "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072")
        #expect(signature(request) == "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd")
    }

    @Test func signsGetBucketLifecycle() {
        let request = SigningRequest(method: "GET", path: "/", query: [QueryItem("lifecycle")], headers: [Self.host])
        #expect(signature(request) == "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543")
    }

    @Test func signsListObjects() {
        let request = SigningRequest(
            method: "GET", path: "/", query: [QueryItem("max-keys", "2"), QueryItem("prefix", "J")],
            headers: [Self.host])
        #expect(signature(request) == "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7")
    }

    @Test func presignsGetObject() {
        let request = SigningRequest(method: "GET", path: "/test.txt", headers: [Self.host])
        let presigned = signer.presign(request, at: Self.date, expires: 86_400)
        #expect(
            UIRL(presigned.query) == "X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
                + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404")
        #expect(presigned.headers.value(for: "Authorization") == nil)
    }

    @Test func presignAddsSessionTokenBeforeSigning() {
        var credentials = Self.credentials
        credentials.sessionToken = "token/with+chars"
        let tokenSigner = SigV4Signer(credentials: credentials, region: "us-east-1", service: "s3")
        let request = SigningRequest(method: "GET", path: "/test.txt", headers: [Self.host])
        let presigned = tokenSigner.presign(request, at: Self.date, expires: 60)
        #expect(
            presigned.query.map(\.name) == [
                "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-Security-Token",
                "X-Amz-SignedHeaders", "X-Amz-Signature",
            ])
        #expect(presigned.query.first { $0.name == "X-Amz-Signature" }?.value != nil)
        #expect(
            presigned.query.first { $0.name == "X-Amz-Signature" }?.value
                != signer.presign(request, at: Self.date, expires: 60).query.last?.value)
    }

    @Test func unsignedPayloadIsStatedAndSigned() {
        let request = SigningRequest(method: "PUT", path: "/a", headers: [Self.host], body: Data("x".utf8))
        let signed = signer.sign(request, at: Self.date, payload: .unsigned)
        #expect(signed.headers.value(for: "x-amz-content-sha256") == "UNSIGNED-PAYLOAD")
        #expect(signed.headers.value(for: "Authorization")?.contains("x-amz-content-sha256") == true)
    }

    @Test func s3PathIsNeitherNormalizedNorEncodedAgain() {
        let request = SigningRequest(method: "GET", path: "/bucket//a/../b%20c", headers: [Self.host])
        let canonical = signer.canonicalRequest(for: request, payloadHash: "UNSIGNED-PAYLOAD")
        #expect(canonical.text.components(separatedBy: "\n")[1] == "/bucket//a/../b%20c")

        let other = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "ec2")
        let otherCanonical = other.canonicalRequest(for: request, payloadHash: "UNSIGNED-PAYLOAD")
        #expect(otherCanonical.text.components(separatedBy: "\n")[1] == "/bucket/b%2520c")
    }

    private func UIRL(_ query: [QueryItem]) -> String { URIEncoding.queryString(query) }
}
