import Foundation
import Testing
import FixpathCore
import FixpathSite

/// File names become URLs segment by segment: percent-encoded, and with `./` in front when the first
/// segment holds a `:`, so that no name reads as a scheme and every name finds its file.
@Suite struct FileNameURLTests {
    /// Front matter that gives each topic a guided fix, whose links are checked too.
    static let guided = "fixpath:\n  kind: decision\n"
    static let names = ["javascript:alert(1);x.md", "c #1?%.md", "back\\slash.md", "tab\there.md", "caf\u{E9} \u{65E5}.md", "-dash.md", "q.md"]

    @Test func everyHrefOfEveryPageIsEncoded() throws {
        let content = Paths.temporary("name-urls")
        let output = content + "-site"
        defer {
            try? FileManager.default.removeItem(atPath: content)
            try? FileManager.default.removeItem(atPath: output)
        }
        try FileManager.default.createDirectory(atPath: content + "/sub folder#1", withIntermediateDirectories: true)
        var links = ""
        for name in Self.names {
            try "---\ntitle: Named \(name.count)\ndescription: D.\n\(Self.guided)---\n# Named\n\nText.\n".write(toFile: content + "/" + name, atomically: true, encoding: .utf8)
            links += "[x](<\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)>) "
        }
        try "---\ntitle: Nested\ndescription: D.\n\(Self.guided)---\n# Nested\n\n\(links.replacingOccurrences(of: "[x](<", with: "[x](<../"))\n\n![a picture](<shot%20%231.png>)\n"
            .write(toFile: content + "/sub folder#1/nested.md", atomically: true, encoding: .utf8)
        try "picture".write(toFile: content + "/sub folder#1/shot #1.png", atomically: true, encoding: .utf8)
        let project = try buildSite(content: content, output: output)
        #expect(!project.diagnostics.contains { $0.code == "FP050" || $0.code == "FP040" }, "\(project.diagnostics)")
        let guide = read(output + "/guide.html"), docs = read(output + "/assets/search-docs.js")
        // Topics are listed on the index pages of their sections, one folder down.
        let sections = snapshot(output).filter { $0.key.hasPrefix("sections/") }.map { String(decoding: $0.value, as: UTF8.self) }.joined()
        for expected in ["./javascript:alert(1);x", "c%20%231%3F%25", "back%5Cslash", "tab%09here", "caf%C3%A9%20%E6%97%A5", "-dash", "q"] {
            let fromSection = "../" + (expected.hasPrefix("./") ? String(expected.dropFirst(2)) : expected)
            #expect(sections.contains("href=\"\(fromSection).html\""), "\(expected) on a section page")
            #expect(guide.contains("href=\"\(expected).guide.html\""), "\(expected) in the guide list")
            #expect(docs.contains("\"\(expected).html\""), "\(expected) in the search index")
        }
        #expect(sections.contains("href=\"../sub%20folder%231/nested.html\""))
        let nested = read(output + "/sub folder#1/nested.html")
        #expect(nested.contains("href=\"../c%20%231%3F%25.html\""))
        #expect(nested.contains("href=\"../javascript:alert(1);x.html\""), "past the first segment a colon is plain")
        #expect(nested.contains("<img src=\"shot%20%231.png\""))
        #expect(nested.contains("href=\"nested.guide.html\""))
        #expect(read(output + "/sub folder#1/nested.guide.html").contains("href=\"nested.html\""))
        let own = read(output + "/javascript:alert(1);x.html")
        #expect(own.contains("href=\"./javascript:alert(1);x.guide.html\""))
        #expect(read(output + "/javascript:alert(1);x.guide.html").contains("href=\"./javascript:alert(1);x.html\""))
        for (path, data) in snapshot(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for part in html.components(separatedBy: "href=\"").dropFirst() {
                let href = String(part.prefix { $0 != "\"" })
                #expect(!["javascript", "vbscript", "data"].contains(URLSyntax.scheme(of: href) ?? ""), "\(path): \(href)")
                #expect(!href.contains(" ") && !href.contains("\t") && !href.contains("\\"), "\(path): \(href)")
            }
        }
    }
}
