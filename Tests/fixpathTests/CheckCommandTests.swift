import Foundation
import Testing

@Suite struct CheckCommandTests {
    static func content(_ files: [String: String]) throws -> String {
        try CLI.folder("check", with: files)
    }

    static let broken: [String: String] = [
        "a.md": "---\ntitle: Fix NDR error 5.7.900\ndescription: A.\n---\n\n# A\n\nSee [the missing page](missing.md) and [this](#nowhere).\n",
        "b.md": "---\ntitle: Another 5.7.900 topic\n---\n\n# B\n\n<script>alert(1)</script>\n",
    ]

    @Test func cleanContentExitsZero() throws {
        let result = try CLI.run(["check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("0 error(s), 0 warning(s)"))
    }

    @Test func warningsAreListedWithLinesAndFailOnlyWhenStrict() throws {
        let folder = try Self.content(Self.broken)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["check", "--content", folder])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(folder)/a.md:8:1: warning: link target 'missing.md' does not exist [FP050]"))
        #expect(result.stderr.contains("\(folder)/a.md:8:1: warning: no heading in this topic has the anchor '#nowhere' [FP051]"))
        #expect(result.stderr.contains("b.md:1:1: warning: front matter has no 'description' [FP017]"))
        #expect(result.stderr.contains("raw HTML tag <script> is not allowed"))
        #expect(result.stderr.contains("status code 5.7.900 is also claimed by"))
        let strict = try CLI.run(["check", "--content", folder, "--strict"])
        #expect(strict.status == 1)
    }

    @Test func jsonIsADocumentedArray() throws {
        let folder = try Self.content(Self.broken)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["check", "--content", folder, "--format", "json"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!array.isEmpty)
        for entry in array {
            #expect(Set(entry.keys).isSuperset(of: ["path", "line", "column", "severity", "code", "message"]))
        }
        let again = try CLI.run(["check", "--content", folder, "--format", "json"])
        #expect(again.stdout == result.stdout)
    }

    @Test func githubFormatPrintsAnnotations() throws {
        let folder = try Self.content(Self.broken)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["check", "--content", folder, "--format", "github"])
        #expect(result.stdout.contains("::warning file=\(folder)/a.md,line=8,col=1,title=FP050::link target 'missing.md' does not exist"))
    }

    @Test func errorsExitOneAndUsageErrorsExitTwo() throws {
        let folder = try Self.content(["bad.md": "---\ntitle: [broken\n---\n# Bad\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try CLI.run(["check", "--content", folder]).status == 1)
        #expect(try CLI.run(["check", "--format", "xml"]).status == 2)
    }
}
