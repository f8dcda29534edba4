import Foundation
import Testing
import FixpathCore
import FixpathSite

/// What claims each path of the site: a content file at a generated path is left out (FP090), two
/// generated files on one path are an error (FP091), and everything else is kept.
@Suite struct SiteLayoutTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Topics (`.md`) and other files of the content folder; topics link to every other file.
        var files: [String]
        /// `path: code` for each diagnostic expected.
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain names", files: ["a.md", "b.md", "media/a.png", "sub/index.md", "sub/guide.md"], expected: []),
        Case(name: "a guide beside its topic", files: ["a.md", "a.guide.md"], expected: ["a.guide.md: FP091"]),
        Case(name: "the home page", files: ["index.md"], expected: ["index.md: FP091"]),
        Case(name: "the site-wide guide", files: ["guide.md"], expected: ["guide.md: FP091"]),
        Case(name: "search and 404", files: ["search.md", "404.md"], expected: ["404.md: FP091", "search.md: FP091"]),
        Case(name: "a folder named as a page", files: ["a.md", "a.html/b.md"], expected: ["a.html/b.md: FP091"]),
        Case(name: "a page beside its topic", files: ["a.md", "b.md", "b.html"], expected: ["a.md: FP090", "b.md: FP090"]),
        Case(name: "a guide page beside its topic", files: ["a.md", "b.md", "b.guide.html"], expected: ["a.md: FP090", "b.md: FP090"]),
        Case(name: "a script of the site", files: ["a.md", "assets/fixpath.js"], expected: ["a.md: FP090"]),
        Case(name: "a file where the site needs a folder", files: ["a.md", "assets"], expected: ["a.md: FP090"]),
        Case(name: "a file inside a page's name", files: ["a.md", "b.md", "b.html/x.png"], expected: ["a.md: FP090", "b.md: FP090"]),
        Case(name: "a file of the site's own name elsewhere", files: ["a.md", "media/index.html", "media/fixpath.js"], expected: []),
    ]

    @Test(arguments: cases) func claims(_ example: Case) throws {
        let content = Paths.temporary("layout")
        defer { try? FileManager.default.removeItem(atPath: content) }
        let others = example.files.filter { !$0.hasSuffix(".md") }
        for file in example.files {
            let full = content + "/" + file
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let links = others.map { "[x](\(ContentRoot.relative(from: file, to: $0)))" }.joined(separator: " ")
            try (file.hasSuffix(".md") ? "---\ntitle: T\ndescription: D.\n---\n# T\n\n\(links)\n" : "bytes").write(toFile: full, atomically: true, encoding: .utf8)
        }
        let project = try Project(contentDirectory: content)
        let layout = SiteLayout(project: project, theme: try Theme(), options: SiteOptions())
        #expect(layout.diagnostics.map { "\($0.path): \($0.code)" } == example.expected, "\(layout.diagnostics.map(\.formatted))")
        let displaced = example.expected.contains { $0.hasSuffix("FP090") }
        #expect(layout.resources.count == others.count - (displaced ? 1 : 0), "\(layout.resources)")
        #expect(layout.hasErrors == example.expected.contains { $0.hasSuffix("FP091") })
    }
}
