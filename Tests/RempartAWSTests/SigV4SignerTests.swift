import Foundation
import RempartAWS
import Testing

struct SigV4SignerTests {
    static let sharedCases = TestPaths.hasSharedVectors ? SigV4VectorCase.all(under: TestPaths.sharedVectors) : []
    static let fixtureCases = SigV4VectorCase.all(under: TestPaths.fixtures.appendingPathComponent("sigv4"))

    private func check(_ vector: SigV4VectorCase) {
        var credentials = SigV4VectorCase.credentials
        credentials.sessionToken = vector.sessionToken
        let signer = SigV4Signer(
            credentials: credentials, region: "us-east-1", service: "service",
            signsSessionToken: vector.signsSessionToken)
        let signed = signer.sign(vector.request, at: SigV4VectorCase.date)
        let hash = Crypto.sha256(vector.request.body).hexEncoded
        let canonical = signer.canonicalRequest(for: vector.request.withSigningHeaders(of: signed), payloadHash: hash)

        #expect(canonical.text == vector.canonicalRequest)
        #expect(
            signer.stringToSign(canonicalRequest: canonical.text, timestamp: "20150830T123600Z") == vector.stringToSign)
        #expect(signed.headers.value(for: "Authorization") == vector.authorization)
        if let token = vector.sessionToken {
            #expect(signed.headers.value(for: "X-Amz-Security-Token") == token)
        }
    }

    @Test(.enabled(if: TestPaths.hasSharedVectors, "the shared suite is absent"))
    func sharedSuiteHasEveryCase() {
        #expect(Self.sharedCases.count == 34)
    }

    @Test(arguments: sharedCases) func passesSharedVector(_ vector: SigV4VectorCase) {
        check(vector)
    }

    @Test(arguments: fixtureCases) func passesFixtureVector(_ vector: SigV4VectorCase) {
        check(vector)
    }

    @Test func fixturesHoldSixCases() {
        #expect(
            Self.fixtureCases.map(\.name) == [
                "get-header-value-multiline", "get-space", "get-vanilla", "get-vanilla-query-order-key-case",
                "get-vanilla-with-session-token", "post-x-www-form-urlencoded",
            ])
    }

    @Test func timestampIsBasicISO8601InUTC() {
        #expect(SigV4Signer.timestamp(Date(timeIntervalSince1970: 1_369_353_600)) == "20130524T000000Z")
        #expect(SigV4Signer.timestamp(Date(timeIntervalSince1970: 1_440_938_160)) == "20150830T123600Z")
    }

    @Test func cryptoMatchesKnownDigests() {
        #expect(Crypto.sha256("").hexEncoded == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Crypto.sha256("abc").hexEncoded == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // RFC 4231 test case 2.
        #expect(
            Crypto.hmacSHA256(key: Data("Jefe".utf8), string: "what do ya want for nothing?").hexEncoded
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func encodesReservedCharactersOnce() {
        #expect(URIEncoding.encode("a b/c+d*~") == "a%20b%2Fc%2Bd%2A~")
        #expect(URIEncoding.encode("photos/2024 été.jpg", keepingSlashes: true) == "photos/2024%20%C3%A9t%C3%A9.jpg")
        #expect(URIEncoding.decode("%E1%88%B4=a+b%2") == "ሴ=a+b%2")
    }
}

extension SigningRequest {
    /// This request with the headers the signer added (`X-Amz-Date`, the token) but no `Authorization`.
    func withSigningHeaders(of signed: SigningRequest) -> SigningRequest {
        var copy = signed
        copy.headers.removeAll { $0.name.lowercased() == "authorization" }
        if !signed.headers.contains(where: { $0.name.lowercased() == "x-amz-security-token" }) { return copy }
        let signedToken = headers.contains { $0.name.lowercased() == "x-amz-security-token" }
        if !signedToken, let authorization = signed.headers.value(for: "Authorization"),
            !authorization.contains("x-amz-security-token")
        {
            copy.headers.removeAll { $0.name.lowercased() == "x-amz-security-token" }
        }
        return copy
    }
}
