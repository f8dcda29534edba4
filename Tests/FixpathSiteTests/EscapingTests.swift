import Foundation
import Testing
import FixpathCore
import FixpathSite

/// Content with script payloads in every place it can land: no page may carry a live payload.
@Suite struct EscapingTests {
    static let content = Paths.package.appendingPathComponent("Tests/FixpathSiteTests/Fixtures/xss").path

    @Test func payloadsAreEscapedEverywhere() throws {
        let output = Paths.temporary("xss")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let project = try buildSite(content: Self.content, output: output)
        #expect(project.diagnostics.contains { $0.code == "FP060" })
        #expect(project.diagnostics.contains { $0.code == "FP053" })
        for (path, data) in snapshot(output) where path.hasSuffix(".html") || path.hasSuffix(".js") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasPrefix("assets/") && !path.contains("search-") && !path.contains("codes") { continue }
            #expect(!text.contains("<script>alert"), "\(path) has a live <script>")
            #expect(!text.lowercased().contains("onerror="), "\(path) has an onerror attribute")
            #expect(!text.contains("<iframe"), "\(path) has an iframe")
            #expect(!text.contains("href=\"javascript:"), "\(path) has a javascript: link")
            #expect(!text.contains("href=\"data:"), "\(path) has a data: link")
            #expect(!text.contains("<svg onload"), "\(path) has a live svg")
            #expect(!text.contains("\u{2028}") || path.hasSuffix(".html"), "\(path) has a raw U+2028 in script")
        }
        let guide = read(output + "/payloads.guide.html")
        let data = try #require(guide.components(separatedBy: "<script type=\"application/json\" id=\"wizard-data\">").last?
            .components(separatedBy: "</script>").first)
        #expect(!data.contains("<"), "wizard data must not contain a raw '<'")
        let json = try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any]
        #expect(json?["root"] as? String == "n-root")
        let page = read(output + "/payloads.html")
        #expect(page.contains("<img src=\"media/a.png\" alt=\"alt \\\" loading=\"lazy\">"), "alt text ends at its closing quote")
        #expect(page.contains("<h1>Heading alert(&#39;h1&#39;)</h1>"))
        #expect(page.contains("<h2 id=\"i-got-this-bounce-message-alertchoice\">I got this bounce message &lt;/script&gt;&lt;script&gt;"))
        #expect(page.contains("<title>Payload &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
    }
}
