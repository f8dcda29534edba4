import Foundation
import Testing

/// `serve` finds every file the site has, whatever its name: the request path is split at its
/// slashes before each part is decoded, so `%5C`, `%23`, `%3F` and `~` name files, while `..` in any
/// spelling is still refused.
@Suite struct ServeFileNameTests {
    @Test func oddNamesAreServedAndClimbingIsStillRefused() async throws {
        let folder = try CLI.folder("serve-names", with: [
            "content/a.md": OutputHardeningTests.topic("A", "![one](<back%5Cslash.png>) ![two](<~notes.png>) [three](<c%20%231%3F%25.md>)"),
            "content/back\\slash.png": "backslash bytes",
            "content/~notes.png": "tilde bytes",
            "content/c #1?%.md": OutputHardeningTests.topic("C"),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let port = UInt16(40000 + Int(getpid() % 20000))
        let (process, home) = try await ServeCommandTests.serve(folder + "/content", port: port)
        defer { if process.isRunning { process.terminate() } }
        #expect(home.status == 200)
        #expect(ServeCommandTests.get(port, "/back%5Cslash.png").body == "backslash bytes")
        #expect(ServeCommandTests.get(port, "/~notes.png").body == "tilde bytes")
        #expect(ServeCommandTests.get(port, "/c%20%231%3F%25.html").body.contains("<h1>C</h1>"))
        for escape in ["/..%5c..%5cetc%5cpasswd", "/a%5c..%5c..%5cetc", "/%2e%2e/etc/passwd", "/x%2f..%2f..", "/a%00.png"] {
            #expect(ServeCommandTests.get(port, escape).status == 403, "\(escape)")
        }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
    }
}
