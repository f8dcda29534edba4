import Testing
import FixpathCore

/// Each invalid fixture gets its diagnostic, at its place, and still becomes a topic.
@Suite struct BadInputTests {
    static let project = Result { try Fixtures.project(Fixtures.invalid) }

    @Test(arguments: [
        ("bad-yaml.md", "FP010", Diagnostic.Severity.error, 3),
        ("bom.md", "FP002", .warning, 1),
        ("crlf.md", "FP003", .warning, 1),
        ("invalid-utf8.md", "FP001", .error, 8),
        ("unknown-directive.md", "FP021", .warning, 8),
        ("include-missing.md", "FP030", .error, 8),
        ("include-recursive.md", "FP031", .error, 1),
        ("sub/include-outside.md", "FP032", .error, 8),
        ("missing-image.md", "FP040", .warning, 8),
        ("unclosed-front-matter.md", "FP012", .error, 1),
        ("only-fence.md", "FP012", .error, 1),
        ("no-front-matter.md", "FP011", .warning, 1),
    ])
    func diagnosticIsReported(path: String, code: String, severity: Diagnostic.Severity, line: Int) throws {
        let project = try Self.project.get()
        let found = project.diagnostics.filter { $0.code == code }
        let diagnostic = try #require(found.first { $0.path == path || $0.path.hasPrefix("includes/") && code == "FP031" },
                                      "no \(code) among \(project.diagnostics.map(\.formatted))")
        #expect(diagnostic.severity == severity)
        if code != "FP031" { #expect(diagnostic.location.line == line) }
        #expect(diagnostic.formatted.hasPrefix("\(diagnostic.path):\(diagnostic.location.line):\(diagnostic.location.column): \(severity.rawValue): "))
    }

    @Test func everyFileStillBecomesATopic() throws {
        let project = try Self.project.get()
        #expect(project.topics.count == 12)
        let crlf = try #require(project.topics.first { $0.path == "crlf.md" })
        #expect(crlf.title == "CRLF topic")
        let bom = try #require(project.topics.first { $0.path == "bom.md" })
        #expect(bom.title == "BOM topic")
        let noFrontMatter = try #require(project.topics.first { $0.path == "no-front-matter.md" })
        #expect(noFrontMatter.title == "No front matter here")
    }

    @Test func includeOutsideRootReadsNothing() throws {
        let project = try Self.project.get()
        let topic = try #require(project.topics.first { $0.path == "sub/include-outside.md" })
        #expect(!PlainText.of(topic.blocks).contains("root:"))
        #expect(topic.includes.isEmpty)
    }
}
