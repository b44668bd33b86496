import Testing

@testable import RempartSecrets

struct SecretPrefilterTests {
    private func admits(_ text: String, length: Int = 40) -> Bool {
        Array(text.utf8).withUnsafeBytes { SecretPrefilter.base64Run(length: length).admits($0) }
    }

    @Test func needsAnUnbrokenRunOfTheFullLength() {
        let key = "wjalrxutnfemi/k7mdeng/bpxrficyexamplekey"
        #expect(key.utf8.count == 40)
        #expect(admits("aws_secret_access_key = \(key)\n"))
        #expect(admits(key))
        #expect(!admits(String(key.dropLast())))
        #expect(!admits("KeyName: my-key\nKmsKeyId: arn:aws:kms:us-east-1:123456789012:key/abcd-ef"))
        #expect(!admits(String(key.prefix(20)) + "-" + String(key.suffix(20))))
        #expect(!admits(""))
    }

    @Test func keyRuleStillFindsKeysBehindThePrefilter() {
        let text = "aws_secret_access_key = q3Vf9Lk2Zr8Tn1Bw7Yc4Hd6Jp0Xm5Gs2Ae8Ru3Ko\n"
        let findings = SecretScanner().scan(text: text, file: "creds.env")
        #expect(findings.map(\.ruleID) == ["aws-secret-access-key"])
    }
}
