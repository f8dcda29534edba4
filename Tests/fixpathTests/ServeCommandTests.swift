import Foundation
import Testing

/// Drives `fixpath serve` as a writer would: start it, fetch pages, edit a topic, stop it with Ctrl-C.
@Suite struct ServeCommandTests {
    /// A connected socket to 127.0.0.1:`port` whose reads give up after `timeout` seconds, or nil.
    static func connect(_ port: UInt16, timeout: Int = 5) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); return nil }
        return fd
    }

    /// Sends `request` as written and reads the answer until the server closes the connection;
    /// status 0 when nothing came back within `timeout` seconds.
    static func exchange(_ port: UInt16, _ request: String, timeout: Int = 5) -> (status: Int, body: String) {
        guard let fd = connect(port, timeout: timeout) else { return (0, "") }
        defer { close(fd) }
        var bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }
            sent += n
        }
        bytes = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        return (status, body)
    }

    /// One raw HTTP/1.1 GET on 127.0.0.1, so paths reach the server exactly as written.
    static func get(_ port: UInt16, _ path: String, host: String = "127.0.0.1") -> (status: Int, body: String) {
        exchange(port, "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
    }

    /// Starts `fixpath serve` on a copy of the example content, with its own temporary folder, and
    /// waits for the home page.
    static func start(_ name: String, port: UInt16) async throws -> (process: Process, content: String, temporary: String) {
        let content = CLI.temporary(name), temporary = CLI.temporary(name + "-tmp")
        try FileManager.default.copyItem(atPath: CLI.package.appendingPathComponent("content").path, toPath: content)
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["serve", "--content", content, "--port", String(port)]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary + "/"]) { _, new in new }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 where get(port, "/").status != 200 { try await Task.sleep(nanoseconds: 100_000_000) }
        return (process, content, temporary)
    }

    static func stop(_ served: (process: Process, content: String, temporary: String)) {
        if served.process.isRunning { kill(served.process.processIdentifier, SIGINT) }
        served.process.waitUntilExit()
        for folder in [served.content, served.temporary] { try? FileManager.default.removeItem(atPath: folder) }
    }

    @Test func servesRebuildsRefusesEscapesAndStopsOnCtrlC() async throws {
        let content = CLI.temporary("serve")
        try FileManager.default.copyItem(atPath: CLI.package.appendingPathComponent("content").path, toPath: content)
        defer { try? FileManager.default.removeItem(atPath: content) }
        let port = UInt16(20000 + Int(getpid() % 20000))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["serve", "--content", content, "--port", String(port)]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var home = (status: 0, body: "")
        for _ in 0..<100 where home.status != 200 {
            try await Task.sleep(nanoseconds: 100_000_000)
            home = Self.get(port, "/")
        }
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

    /// A few hundred kilobytes of header, idle connections and half-sent requests must not keep
    /// a normal request from its answer; each gets a status or a closed connection.
    @Test func oversizedHeadsAndIdleConnectionsDoNotStallTheServer() async throws {
        let port = UInt16(20000 + Int(getpid() % 20000) + 1)
        let served = try await Self.start("serve-flood", port: port)
        defer { Self.stop(served) }
        #expect(Self.get(port, "/").status == 200)
        let idle = (0..<100).compactMap { _ in Self.connect(port) }
        defer { idle.forEach { close($0) } }
        #expect(idle.count == 100)
        let huge = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "a", count: 256 * 1024) + "\r\n\r\n"
        let floods = (0..<3).map { _ in Task.detached { Self.exchange(port, huge, timeout: 60).status } }
        try await Task.sleep(nanoseconds: 300_000_000)
        // With the floods under way and a hundred idle connections, a normal request still gets its page.
        let normal = Self.get(port, "/exchange-online/ndr/fix-ndr-5-7-124.html")
        #expect(normal.status == 200)
        #expect(normal.body.contains("5.7.124"))
        for flood in floods { #expect(await flood.value == 431) }
        let manyFields = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (0..<150).map { "X-F\($0): 1\r\n" }.joined() + "\r\n"
        #expect(Self.exchange(port, manyFields).status == 431)
        // A request that stops half-way is answered 408 and closed, without waiting for the rest.
        #expect(Self.exchange(port, "GET / HTTP/1.1\r\nHost: 127.0", timeout: 20).status == 408)
    }

    /// A page on another site that reaches the port through DNS rebinding sends its own host name.
    @Test func onlyLoopbackHostsAreAnswered() async throws {
        let port = UInt16(20000 + Int(getpid() % 20000) + 2)
        let served = try await Self.start("serve-host", port: port)
        defer { Self.stop(served) }
        for (host, status) in [("127.0.0.1", 200), ("localhost", 200), ("LOCALHOST:PORT", 200), ("127.0.0.1:PORT", 200), ("[::1]:PORT", 200),
                               ("evil.example:PORT", 421), ("evil.example", 421), ("127.0.0.1:1", 421), ("127.0.0.1.evil.example:PORT", 421), ("", 421)] {
            let name = host.replacingOccurrences(of: "PORT", with: String(port))
            let request = "GET / HTTP/1.1\r\n" + (host.isEmpty ? "" : "Host: \(name)\r\n") + "Connection: close\r\n\r\n"
            #expect(Self.exchange(port, request).status == status, "Host: \(name)")
        }
        #expect(Self.exchange(port, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n").status == 405)
        #expect(Self.exchange(port, "GET http://127.0.0.1/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status == 400)
    }

    /// The preview is built in a fresh folder only this user can open, and nothing below it is
    /// served through a symbolic link.
    @Test func theSiteIsPrivateAndLinksInItAreNotFollowed() async throws {
        let port = UInt16(20000 + Int(getpid() % 20000) + 3)
        let served = try await Self.start("serve-private", port: port)
        defer { Self.stop(served) }
        let made = try FileManager.default.contentsOfDirectory(atPath: served.temporary)
        #expect(made.count == 1 && made[0].hasPrefix("fixpath-serve-") && made[0] != "fixpath-serve-\(served.process.processIdentifier)", "\(made)")
        let folder = served.temporary + "/" + made[0]
        var info = stat()
        #expect(lstat(folder, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        #expect((info.st_mode & S_IFMT) == S_IFDIR)
        try "outside secret".write(toFile: served.temporary + "/secret.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/site/planted.txt", withDestinationPath: served.temporary + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/site/planted", withDestinationPath: served.temporary)
        for path in ["/planted.txt", "/planted/secret.txt"] {
            let answer = Self.get(port, path)
            #expect(answer.status == 404, "\(path)")
            #expect(!answer.body.contains("outside secret"))
        }
    }

    @Test func theBuiltSiteHasNoReloadScript() throws {
        let site = try String(contentsOf: CLI.package.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(!site.contains("__fixpath"))
    }
}
