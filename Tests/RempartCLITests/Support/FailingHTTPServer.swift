import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An HTTP server on 127.0.0.1 that responds to every request with `400 Bad Request` and no body,
/// as an endpoint that implements no AWS action does, so that every read of an audit fails.
final class FailingHTTPServer: @unchecked Sendable {
    // The socket is written once in `init` and closed once in `stop`; the accept thread only reads it.
    private let listener: Int32
    /// The port the server listens on.
    let port: UInt16

    /// The endpoint URL, `http://127.0.0.1:PORT`.
    var endpoint: String { "http://127.0.0.1:\(port)" }

    /// Binds a free port of 127.0.0.1 and starts responding on a background thread.
    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        listener = descriptor
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread {
            while true {
                let connection = accept(descriptor, nil, nil)
                guard connection >= 0 else { return }
                Self.answer(connection)
            }
        }
    }

    /// Stops accepting connections.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    /// Reads the request up to the end of its headers and body, then responds 400 and closes.
    private static func answer(_ connection: Int32) {
        var request = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { break }
            request.append(contentsOf: buffer[0..<count])
            guard let end = request.range(of: Data("\r\n\r\n".utf8)) else { continue }
            let headers = String(decoding: request[..<end.lowerBound], as: UTF8.self).lowercased()
            let length = headers.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            if request.count - end.upperBound >= length { break }
        }
        let response = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        _ = response.withCString { write(connection, $0, strlen($0)) }
        close(connection)
    }
}
