import Foundation
import Testing
import FixpathCore
import FixpathSite

@Suite struct SiteWriterTests {
    @Test func linksAreRewrittenForTheSite() throws {
        let output = Paths.temporary("links")
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try buildSite(content: Paths.fixtures, output: output, options: SiteOptions(linkBaseURL: "https://docs.example.com/en-us/"))
        let page = read(output + "/mail/bounce-topic.html")
        #expect(page.contains(#"<a href="other-topic.html#second-part">the other topic</a>"#))
        #expect(page.contains(#"<a href="https://docs.example.com/en-us/exchange/admin-center">the admin center</a>"#))
        #expect(page.contains(##"<a href="#first-part">jump back</a>"##))
        #expect(page.contains(#"<img src="media/screen.svg" alt="A sample screen.""#))
        #expect(FileManager.default.fileExists(atPath: output + "/mail/media/screen.svg"))
        #expect(page.contains("<title>Sample bounce topic | Troubleshooting help</title>"))
        #expect(page.contains(#"<meta name="description" content="A fixture topic that uses every typed front matter field.">"#))
        #expect(page.contains("<h1>Sample bounce topic heading</h1>"))
        #expect(page.contains(#"<div class="alert alert-note" role="note">"#))
        #expect(page.contains(#"<link rel="stylesheet" href="../assets/fixpath.css">"#))
        let index = read(output + "/index.html")
        #expect(index.contains(#"<a href="sections/mail.html">Mail</a>"#))
        let section = read(output + "/sections/mail.html")
        #expect(section.contains(#"<a href="../mail/bounce-topic.html">Sample bounce topic</a>"#))
        #expect(section.contains(#"<a href="../mail/other-topic.html">Other topic</a>"#))
    }

    /// The guided fix copies blocks the article rendered, but not those with links within the page:
    /// in the guide those point at the article.
    @Test func guidedFixPointsInPageLinksAtTheArticle() throws {
        let output = Paths.temporary("guide-links")
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try buildSite(content: Paths.fixtures, output: output)
        let page = read(output + "/mail/bounce-topic.html"), guide = read(output + "/mail/bounce-topic.guide.html")
        #expect(page.contains(##"<a href="#first-part">jump back</a>"##))
        #expect(guide.contains(#"<a href="bounce-topic.html#first-part">jump back</a>"#))
        #expect(!guide.contains(##"<a href="#first-part">"##))
        #expect(guide.contains(#"<img src="media/screen.svg" alt="A sample screen.""#))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = Paths.temporary("det-a"), second = Paths.temporary("det-b")
        defer { for p in [first, second] { try? FileManager.default.removeItem(atPath: p) } }
        _ = try buildSite(content: Paths.fixtures, output: first)
        _ = try buildSite(content: Paths.fixtures, output: second)
        let a = snapshot(first), b = snapshot(second)
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func refusesAFolderItDidNotMake() throws {
        let output = Paths.temporary("foreign")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: output + "/precious.txt", contents: Data("keep me".utf8))
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(throws: (any Error).self) { try buildSite(content: Paths.fixtures, output: output) }
        #expect(read(output + "/precious.txt") == "keep me")
    }

    @Test func rebuildReplacesItsOwnSite() throws {
        let output = Paths.temporary("rebuild")
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try buildSite(content: Paths.fixtures, output: output)
        FileManager.default.createFile(atPath: output + "/stale.html", contents: Data())
        _ = try buildSite(content: Paths.fixtures, output: output)
        #expect(!FileManager.default.fileExists(atPath: output + "/stale.html"))
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
        let parent = (output as NSString).deletingLastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains((output as NSString).lastPathComponent + ".fixpath-") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesOutputInsideContent() throws {
        #expect(throws: (any Error).self) { try buildSite(content: Paths.fixtures, output: Paths.fixtures + "/site") }
        #expect(!FileManager.default.fileExists(atPath: Paths.fixtures + "/site"))
    }

    @Test func themeFilesOverrideOneByOne() throws {
        let overrides = Paths.temporary("theme")
        try FileManager.default.createDirectory(atPath: overrides, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: overrides) }
        try "<footer>Custom footer</footer></body></html>\n".write(toFile: overrides + "/foot.mustache", atomically: true, encoding: .utf8)
        let theme = try Theme(overrides: overrides)
        let project = try Project(contentDirectory: Paths.fixtures)
        let writer = SiteWriter(project: project, theme: theme, options: SiteOptions())
        let output = Paths.temporary("themed")
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try writer.write(to: output)
        let page = read(output + "/mail/other-topic.html")
        #expect(page.contains("<footer>Custom footer</footer>"))
        #expect(page.contains("<h1>Other topic</h1>"))
    }
}
