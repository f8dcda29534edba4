import Foundation
import Testing

/// `serve` finds every file the site has, whatever its name: the request path is split at its
/// slashes before each part is decoded, so `%5C`, `%23`, `%3F` and `~` name files, while `..` in any
/// spelling is still refused.
@Suite struct ServeFileNameTests {
    @Test func oddNamesAreServedAndClimbingIsStillRefused() async throws {
        let port = UInt16(40000 + Int(getpid() % 20000))
        let served = try await ServeCommandTests.start("serve-names", port: port)
        defer { ServeCommandTests.stop(served) }
        try #require(ServeCommandTests.get(port, "/").status == 200)
        for (name, text) in [("back\\slash.png", "backslash bytes"), ("~notes.png", "tilde bytes"),
                             ("c #1?%.md", OutputHardeningTests.topic("C")),
                             ("odd.md", OutputHardeningTests.topic("Odd", "![one](<back%5Cslash.png>) ![two](<~notes.png>) [three](<c%20%231%3F%25.md>)"))] {
            try text.write(toFile: served.content + "/" + name, atomically: true, encoding: .utf8)
        }
        var page = (status: 0, body: "")
        for _ in 0..<50 where page.status != 200 {
            try await Task.sleep(nanoseconds: 100_000_000)
            page = ServeCommandTests.get(port, "/c%20%231%3F%25.html")
        }
        #expect(page.body.contains("<h1>C</h1>"), "the rebuilt site does not serve c #1?%.html")
        #expect(ServeCommandTests.get(port, "/back%5Cslash.png").body == "backslash bytes")
        #expect(ServeCommandTests.get(port, "/~notes.png").body == "tilde bytes")
        for escape in ["/..%5c..%5cetc%5cpasswd", "/a%5c..%5c..%5cetc", "/%2e%2e/etc/passwd", "/x%2f..%2f..", "/a%00.png"] {
            #expect(ServeCommandTests.get(port, escape).status == 403, "\(escape)")
        }
    }
}
