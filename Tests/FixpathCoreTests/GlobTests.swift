import Testing
@testable import FixpathCore

@Suite struct GlobTests {
    @Test(arguments: [
        ("**/*.md", "a.md", true), ("**/*.md", "a/b/c.md", true), ("**/*.md", "a/b/c.yml", false),
        ("*.md", "a.md", true), ("*.md", "a/b.md", false), ("./*.md", "a.md", true),
        ("**/includes/**", "a/includes/b.md", true), ("**/includes/**", "includes/b.md", true), ("**/includes/**", "a/b.md", false),
        ("a/?.md", "a/b.md", true), ("a/?.md", "a/bc.md", false), ("a?b", "a/b", false), ("?.md", "é.md", true),
        ("**/**.yml", "toc.yml", true), ("**/**.yml", "a/toc.yml", true), ("a/**", "a/b/c", true), ("a/**", "b/c", false),
        ("README.md", "README.md", true), ("README.md", "a/README.md", false), ("**", "", true), ("*", "", true), ("", "a", false),
        ("**x.md", "a/bx.md", true), ("*x.md", "a/x.md", false), ("a*b*c", "abc", true), ("a*b*c", "abxbyc", true), ("a*b*c", "abxby", false),
    ])
    func matchesAsDocFXDoes(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }

    /// Each extra `**` multiplied the time by about eight when the path did not match.
    @Test func starsCostLinearTime() {
        let path = String(repeating: "a", count: 40) + "/bbbbbb.md"
        let ratio = Scaling.ratio(small: 6, prepare: { Glob(String(repeating: "*", count: $0) + "x.md") }) { glob in
            for _ in 0..<200 { #expect(!glob.matches(path)) }
        }
        #expect(ratio < Scaling.linearLimit, "four times the stars took \(ratio)× longer")
    }

    @Test func longPathsCostLinearTime() {
        let glob = Glob("**/*a*b*c*d*e*f/**/*.md")
        let ratio = Scaling.ratio(small: 2_000, prepare: { String(repeating: "ab/", count: $0 / 3) + "x.yml" }) { path in
            #expect(!glob.matches(path))
        }
        #expect(ratio < Scaling.linearLimit, "a path four times as long took \(ratio)× longer")
    }
}
