import Foundation
import RempartAWS

/// One case of the AWS Signature Version 4 test suite, read from its folder of five files.
struct SigV4VectorCase: CustomStringConvertible, Sendable {
    static let credentials = AWSCredentials(
        accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z

    var name: String
    var request: SigningRequest
    var canonicalRequest: String
    var stringToSign: String
    var authorization: String
    var signedRequest: String

    var description: String { name }

    /// Reads the case stored in `folder` (its files are named after the folder).
    init(folder: URL) throws {
        let caseName = folder.lastPathComponent
        func read(_ suffix: String) throws -> String {
            try String(contentsOf: folder.appendingPathComponent("\(caseName).\(suffix)"), encoding: .utf8)
        }
        name = caseName
        request = Self.parse(try read("req"))
        canonicalRequest = try read("creq")
        stringToSign = try read("sts")
        authorization = try read("authz")
        signedRequest = try read("sreq")
    }

    /// The session token the case uses, read from its signed request; nil when it has none.
    var sessionToken: String? {
        for line in signedRequest.split(separator: "\n") where line.lowercased().hasPrefix("x-amz-security-token:") {
            return String(line.dropFirst("x-amz-security-token:".count))
        }
        for line in canonicalRequest.split(separator: "\n") where line.hasPrefix("x-amz-security-token:") {
            return String(line.dropFirst("x-amz-security-token:".count))
        }
        return nil
    }

    /// Whether the token is signed: the suite's "header after" case adds it after signing.
    var signsSessionToken: Bool {
        sessionToken == nil || canonicalRequest.contains("x-amz-security-token")
    }

    /// Parses a raw request: the request line splits at its first and last spaces, because the
    /// path may hold raw spaces; header lines that start with whitespace continue the previous one.
    static func parse(_ text: String) -> SigningRequest {
        var lines = text.components(separatedBy: "\n")
        let requestLine = lines.removeFirst()
        let firstSpace = requestLine.firstIndex(of: " ") ?? requestLine.endIndex
        let lastSpace = requestLine.lastIndex(of: " ") ?? requestLine.endIndex
        let method = String(requestLine[..<firstSpace])
        let target = String(requestLine[requestLine.index(after: firstSpace)..<lastSpace])

        var headers: [HTTPHeader] = []
        var bodyLines: [String] = []
        var inBody = false
        for line in lines {
            if inBody {
                bodyLines.append(line)
            } else if line.isEmpty {
                inBody = true
            } else if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += "\n" + line
            } else if let colon = line.firstIndex(of: ":") {
                headers.append(HTTPHeader(String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
        }

        var path = target
        var query: [QueryItem] = []
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = target[target.index(after: mark)...].split(separator: "&").map { pair in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return QueryItem(
                    URIEncoding.decode(String(parts[0])), parts.count > 1 ? URIEncoding.decode(String(parts[1])) : "")
            }
        }
        return SigningRequest(
            method: method, path: path, query: query, headers: headers,
            body: Data(bodyLines.joined(separator: "\n").utf8))
    }

    /// Every case under `root`, including those one level deeper (`normalize-path/…`).
    static func all(under root: URL) -> [SigV4VectorCase] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var cases: [SigV4VectorCase] = []
        for case let url as URL in enumerator {
            let request = url.appendingPathComponent("\(url.lastPathComponent).req")
            if manager.fileExists(atPath: request.path), let vector = try? SigV4VectorCase(folder: url) {
                cases.append(vector)
            }
        }
        return cases.sorted { $0.name < $1.name }
    }
}
