import Foundation
import Testing
import FixpathCore

/// Linked files a browser would run script in: HTML and XML documents, and SVG images with script.
@Suite struct ActiveContentTests {
    static let clean = ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><metadata>data: none</metadata><a href="https://example.com/"><rect width="10" height="10" fill="#0a0"/></a><text>onion = 3</text></svg>"##

    @Test(arguments: [
        (#"<svg><script>alert(1)</script></svg>"#, "<script"),
        (#"<SVG><SCRIPT>alert(1)</SCRIPT></SVG>"#, "<script"),
        (#"<svg onload="alert(1)"/>"#, "onload="),
        ("<svg\nonload = \"alert(1)\"/>", "onload="),
        (#"<svg><a href="javascript:alert(1)"><text>x</text></a></svg>"#, "javascript:"),
        (#"<svg><a href="&#106;ava&#x73;cript&#58;alert(1)">x</a></svg>"#, "javascript:"),
        ("<svg><a href=\"java\nscript:alert(1)\">x</a></svg>", "javascript:"),
        (#"<svg><foreignObject><iframe src="x"></iframe></foreignObject></svg>"#, "<foreignobject"),
        (#"<svg><set attributeName="onmouseover" to="alert(1)"/></svg>"#, "attributename=\"on"),
        (#"<?xml-stylesheet href="x.xsl" type="text/xsl"?><svg/>"#, "<?xml-stylesheet"),
        (#"<!DOCTYPE svg [<!ENTITY x "y">]><svg/>"#, "<!entity"),
    ])
    func scriptInAnSVGIsFound(svg: String, marker: String) throws {
        let folder = try Fixtures.content(["media/a.svg": svg])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reason = try #require(ActiveContent.reason("media/a.svg", root: try ContentRoot(folder)))
        #expect(reason == "is an SVG image with script in it (\(marker))")
    }

    @Test func anSVGWithoutScriptIsFine() throws {
        let folder = try Fixtures.content(["media/a.svg": Self.clean, "media/b.png": "png"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let root = try ContentRoot(folder)
        #expect(ActiveContent.reason("media/a.svg", root: root) == nil)
        #expect(ActiveContent.reason("media/b.png", root: root) == nil)
    }

    @Test(arguments: [("page.html", "is an HTML document"), ("PAGE.HTM", "is an HTM document"), ("feed.xml", "is an XML document"),
                      ("pic.svgz", "is a compressed SVG")])
    func documentsAreActiveWhateverTheyHold(name: String, reason: String) throws {
        let folder = try Fixtures.content([name: "plain text"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(ActiveContent.reason(name, root: try ContentRoot(folder)) == reason)
    }

    @Test func linksImagesAndDocfxResourcesAreReportedByName() throws {
        let folder = try Fixtures.content([
            "docfx.json": #"{"build": {"content": [{"files": ["**/*.md"]}], "resource": [{"files": ["**/*.png", "**/*.html"]}]}}"#,
            "a.md": "---\ntitle: A\ndescription: A.\n---\n# A\n\n[The page](files/page.html)\n\n![Evil](media/evil.svg) ![Clean](media/clean.svg)\n",
            "files/page.html": "<script>alert(1)</script>",
            "files/unlinked.html": "<p>hello</p>",
            "media/evil.svg": #"<svg onload="alert(1)"/>"#,
            "media/clean.svg": Self.clean,
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let project = try Project(contentDirectory: folder)
        let found = project.diagnostics.filter { $0.code == "FP043" }.map { "\($0.path):\($0.location.line): \($0.message)" }
        #expect(found.count == 3, "\(found)")
        #expect(found.contains { $0.hasPrefix("a.md:7: 'files/page.html' is an HTML document: copied into the site as it is") })
        #expect(found.contains { $0.hasPrefix("a.md:9: 'media/evil.svg' is an SVG image with script in it (onload=)") })
        #expect(found.contains { $0.hasPrefix("files/unlinked.html:1: 'files/unlinked.html' is an HTML document: a resource in docfx.json") })
        #expect(project.diagnostics.allSatisfy { $0.severity == .warning })
    }
}
