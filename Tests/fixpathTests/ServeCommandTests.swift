import Foundation
import Testing

/// Drives `fixpath serve` as a writer would: start it, fetch pages, edit a topic, stop it with Ctrl-C.
@Suite struct ServeCommandTests {
    /// One raw HTTP/1.1 GET on 127.0.0.1, so paths reach the server exactly as written.
    static func get(_ port: UInt16, _ path: String) -> (status: Int, body: String) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return (0, "") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return (0, "") }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        let text = String(decoding: data, as: UTF8.self)
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        return (status, body)
    }

    /// Starts `fixpath serve` on `content` and waits (up to 10 s) until it answers `/`.
    static func serve(_ content: String, port: UInt16, errors: Pipe? = nil) async throws -> (Process, home: (status: Int, body: String)) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["serve", "--content", content, "--port", String(port)]
        process.standardError = errors ?? FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var home = (status: 0, body: "")
        for _ in 0..<100 where home.status != 200 {
            try await Task.sleep(nanoseconds: 100_000_000)
            home = get(port, "/")
        }
        return (process, home)
    }

    @Test func servesRebuildsRefusesEscapesAndStopsOnCtrlC() async throws {
        let content = CLI.temporary("serve")
        try FileManager.default.copyItem(atPath: CLI.package.appendingPathComponent("content").path, toPath: content)
        defer { try? FileManager.default.removeItem(atPath: content) }
        let port = UInt16(20000 + Int(getpid() % 20000))
        let errors = Pipe()
        let (process, home) = try await Self.serve(content, port: port, errors: errors)
        defer { if process.isRunning { process.terminate() } }
        #expect(home.status == 200)
        #expect(home.body.contains("/__fixpath/live.js"))
        #expect(Self.get(port, "/exchange-online/ndr/fix-ndr-5-7-124.html").status == 200)
        for escape in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/exchange-online%2f..%2f..%2fetc", "//etc/passwd", "/..%5c..%5cetc"] {
            #expect(Self.get(port, escape).status == 403, "\(escape)")
        }
        let page = content + "/exchange-online/ndr/fix-ndr-5-7-124.md"
        let text = try String(contentsOfFile: page, encoding: .utf8)
        try text.replacingOccurrences(of: "# Fix NDR error 550 5.7.124 in Exchange Online", with: "# Edited while serving")
            .write(toFile: page, atomically: true, encoding: .utf8)
        var edited = false
        for _ in 0..<30 where !edited {
            try await Task.sleep(nanoseconds: 100_000_000)
            edited = Self.get(port, "/exchange-online/ndr/fix-ndr-5-7-124.html").body.contains("<h1>Edited while serving</h1>")
        }
        #expect(edited, "the page did not change within 3 seconds")
        try "---\ntitle: [broken\n---\n# Broken\n".write(toFile: content + "/broken.md", atomically: true, encoding: .utf8)
        var failed = false
        for _ in 0..<30 where !failed {
            try await Task.sleep(nanoseconds: 100_000_000)
            failed = Self.get(port, "/__fixpath/status?since=-1").body.contains("broken.md")
        }
        #expect(failed, "the build error is not reported to the page")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("Stopped."))
        #expect(!FileManager.default.fileExists(atPath: content + "/site"))
    }

    @Test func theBuiltSiteHasNoReloadScript() throws {
        let site = try String(contentsOf: CLI.package.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(!site.contains("__fixpath"))
    }
}
