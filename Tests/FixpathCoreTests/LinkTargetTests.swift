import Testing
import FixpathCore

@Suite struct LinkTargetTests {
    @Test(arguments: [
        ("#cause", "a/b.md", LinkTarget.anchor("cause")),
        ("https://example.com/x", "a/b.md", .external("https://example.com/x")),
        ("mailto:someone@example.com", "a/b.md", .external("mailto:someone@example.com")),
        ("/exchange/mail-flow", "a/b.md", .siteAbsolute("/exchange/mail-flow")),
        ("other.md#part", "a/b.md", .file(path: "a/other.md", anchor: "part")),
        ("../media/x%20y.png", "a/b.md", .file(path: "media/x y.png", anchor: nil)),
        ("../../x.md", "a/b.md", .outsideRoot("../../x.md")),
        ("\u{1}\u{1}javascript:alert(1)", "a/b.md", .external("\u{1}\u{1}javascript:alert(1)")),
        ("./javascript:alert(1);x.md", "a/b.md", .file(path: "a/javascript:alert(1);x.md", anchor: nil)),
        ("c%20%231%3F%25.md#part", "b.md", .file(path: "c #1?%.md", anchor: "part")),
    ])
    func classifies(reference: String, from: String, expected: LinkTarget) {
        #expect(LinkTarget(reference, from: from) == expected)
    }

    @Test func brokenLinksAndAnchorsAreReportedWithLines() throws {
        let project = try Fixtures.project(Fixtures.valid)
        #expect(!project.diagnostics.contains { $0.code == "FP050" || $0.code == "FP051" })
        let invalid = try Fixtures.project(Fixtures.invalid)
        let image = try #require(invalid.diagnostics.first { $0.code == "FP040" })
        #expect(image.path == "missing-image.md")
        #expect(image.location.line == 8)
    }
}
