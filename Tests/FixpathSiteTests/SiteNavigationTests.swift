import Foundation
import Testing
import FixpathCore
import FixpathSite

/// Sections, previous and next, the shared navigation script, and what surrounds an article (issue 18).
@Suite struct SiteNavigationTests {
    /// A content folder with a TOC of two sections (one nested), a topic outside the TOC, and a
    /// topic whose headings are named like the guided fix's own ids.
    static func content() throws -> String {
        let folder = Paths.temporary("nav-content")
        let files = [
            "toc.yml": "items:\n  - name: Mail flow\n    items:\n      - name: Bounces\n        items:\n          - name: First bounce\n            href: mail/first.md\n          - name: Second bounce\n            href: mail/second.md\n  - name: Clients\n    items:\n      - name: Desktop app\n        href: clients/desktop.md\n",
            "mail/first.md": "---\ntitle: First bounce topic\ndescription: Fix the first bounce.\nappliesto:\n  - Exchange Online\n---\n# First\n\n## Root\n\nRoot steps.\n\n## Escalation\n\nMore steps.\n\n### Details\n\nDeeper.\n",
            "mail/second.md": "---\ntitle: Second bounce topic\ndescription: Fix 5.1.1.\n---\n# Second\n\nText that mentions 4.4.7 and 5.7.1000 and 1.2.3.4.5.\n",
            "clients/desktop.md": "---\ntitle: Desktop app topic\ndescription: The desktop app.\n---\n# Desktop\n\n[:::image type=\"icon\" source=\"media/community-forum-icon.png\":::](https://example.com/forum)\n",
            "clients/media/community-forum-icon.png": "",
            "loose/outside.md": "---\ntitle: Not in the TOC\ndescription: Found by folder.\n---\n# Outside\n",
        ]
        for (path, text) in files {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func sectionsHaveIndexPagesAndTopicsLinkToTheirNeighbours() throws {
        let content = try Self.content(), output = Paths.temporary("nav-site")
        defer { for folder in [content, output] { try? FileManager.default.removeItem(atPath: folder) } }
        _ = try buildSite(content: content, output: output)
        let home = read(output + "/index.html")
        #expect(home.contains(#"<li class="card"><a href="sections/mail-flow.html">Mail flow</a><p>Fix the first bounce.</p><p class="card-count">2 topics</p></li>"#))
        #expect(home.contains(#"<a href="sections/loose.html">Loose</a>"#), "topics outside the TOC get a section by folder")
        #expect(!home.contains(#"id="bounce-form""#), "no topic has a status code, so there is no bounce-message box")
        let section = read(output + "/sections/mail-flow--bounces.html")
        #expect(section.contains(#"<a href="../mail/first.html">First bounce</a>"#))
        #expect(section.contains(#"<li><a href="../index.html">Troubleshooting help</a></li>"# + "\n" + #"<li><a href="../sections/mail-flow.html">Mail flow</a></li>"#))
        let second = read(output + "/mail/second.html")
        #expect(second.contains(#"<a class="pager-previous" href="../mail/first.html"><span class="pager-dir">Previous</span> First bounce</a>"#))
        #expect(second.contains(#"<a class="pager-next" href="../clients/desktop.html"><span class="pager-dir">Next</span> Desktop app</a>"#))
        #expect(second.contains(#"<li><a href="../sections/mail-flow--bounces.html">Bounces</a></li>"#))
        let toc = read(output + "/assets/toc.js")
        #expect(toc.contains(##"[0,"Mail flow","#mail-flow"],"##))
        #expect(toc.contains(#"[2,"First bounce","0:mail/first"],"#) && toc.contains(#"[2,"Second bounce","5:second"]"#))
        #expect(!second.contains("FIXPATH_TOC"), "the tree is one shared script, not part of each page")
    }

    @Test func articlesShowAppliesToInThisArticleAndAnEditLink() throws {
        let content = try Self.content(), output = Paths.temporary("nav-article")
        defer { for folder in [content, output] { try? FileManager.default.removeItem(atPath: folder) } }
        _ = try buildSite(content: content, output: output, options: SiteOptions(editURL: "https://example.com/edit/main/docs"))
        let first = read(output + "/mail/first.html")
        #expect(first.contains("<ul class=\"applies-to\" aria-label=\"Applies to\">\n<li>Exchange Online</li>"))
        #expect(first.contains(#"<a class="edit-link" href="https://example.com/edit/main/docs/mail/first.md">Edit this page</a>"#))
        #expect(first.contains(##"<li class="sub"><a href="#details">Details</a></li>"##))
        let withoutEdit = Paths.temporary("nav-article-plain")
        defer { try? FileManager.default.removeItem(atPath: withoutEdit) }
        _ = try buildSite(content: content, output: withoutEdit)
        #expect(!read(withoutEdit + "/mail/first.html").contains("Edit this page"))
    }

    @Test func guidedFixIdsStayUniqueWhenHeadingsAreNamedRootOrEscalation() throws {
        let content = try Self.content(), output = Paths.temporary("nav-guide")
        defer { for folder in [content, output] { try? FileManager.default.removeItem(atPath: folder) } }
        _ = try buildSite(content: content, output: output)
        let guide = read(output + "/mail/first.guide.html")
        let ids = guide.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count, "repeated ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
    }

    @Test func notFoundPageStartsFromTheSiteRootOnAServer() throws {
        let content = try Self.content(), output = Paths.temporary("nav-404")
        defer { for folder in [content, output] { try? FileManager.default.removeItem(atPath: folder) } }
        _ = try buildSite(content: content, output: output, options: SiteOptions(baseURL: "https://help.example.com/mail/"))
        #expect(read(output + "/404.html").contains(#"document.write("<base href=\"" + "/mail/" + "\">")"#))
        let plain = Paths.temporary("nav-404-plain")
        defer { try? FileManager.default.removeItem(atPath: plain) }
        _ = try buildSite(content: content, output: plain)
        #expect(read(plain + "/404.html").contains(#"document.write("<base href=\"" + "/" + "\">")"#))
    }

    @Test func searchIndexHasCodesFromBodyTextAndMarksTitleAndHeadingWords() throws {
        let content = try Self.content(), output = Paths.temporary("nav-search")
        defer { for folder in [content, output] { try? FileManager.default.removeItem(atPath: folder) } }
        _ = try buildSite(content: content, output: output)
        let index = read(output + "/assets/search-index.js")
        let terms = index.components(separatedBy: "\"terms\":\"").last.map { $0.prefix { $0 != "\"" } }.map { $0.split(separator: " ").map(String.init) } ?? []
        #expect(terms.contains("4.4.7"))
        #expect(!terms.contains("5.7.1000") && !terms.contains("2.3.4"), "only codes of three numbers of up to three digits count")
        #expect(index.contains("\"heads\":["))
        let docs = read(output + "/assets/search-docs.js")
        #expect(docs.contains(#""Mail flow › Bounces"]"#))
    }

    @Test func aLinkThatIsOnlyAnImageWithoutAltTextIsNamedAndWarned() throws {
        let content = try Self.content(), output = Paths.temporary("nav-icons")
        defer { for folder in [content, output] { try? FileManager.default.removeItem(atPath: folder) } }
        let project = try buildSite(content: content, output: output)
        let warning = project.diagnostics.first { $0.code == "FP095" }
        #expect(warning?.path == "clients/desktop.md")
        #expect(warning?.location.line == 7)
        #expect(warning?.message.contains("\"Community forum\"") == true)
        #expect(read(output + "/clients/desktop.html").contains(#"alt="Community forum" class="icon""#))
    }

    @Test func adminNoteSaysWhereTheAdminStepsAre() throws {
        let content = Paths.package.appendingPathComponent("content").path
        let plain = Paths.temporary("note-plain"), published = Paths.temporary("note-published")
        defer { for folder in [plain, published] { try? FileManager.default.removeItem(atPath: folder) } }
        _ = try buildSite(content: content, output: plain)
        _ = try buildSite(content: content, output: published, options: SiteOptions(baseURL: "https://help.example.com/mail"))
        let page = "/exchange-online/ndr/fix-ndr-5-7-124.guide.html"
        #expect(read(plain + page).contains("open the page exchange-online/ndr/fix-ndr-5-7-124.guide.html"))
        #expect(read(published + page).contains("The admin steps are here: https://help.example.com/mail/exchange-online/ndr/fix-ndr-5-7-124.guide.html#/admin"))
    }
}
