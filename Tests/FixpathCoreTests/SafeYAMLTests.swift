import Foundation
import Testing
import FixpathCore

/// YAML anchors and aliases ("billion laughs") in front matter, `docfx.json` and `fixpath.yml`.
@Suite struct SafeYAMLTests {
    /// `levels` lines, each a list of ten aliases of the line before: 10^levels values from a few hundred bytes.
    static func laughs(levels: Int) -> String {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for i in 1..<levels {
            lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [6, 7])
    func nestedAliasesInFrontMatterAreAnErrorWithTheirLine(levels: Int) throws {
        let folder = try Fixtures.content(["topic.md": "---\ntitle: Laughs\n" + Self.laughs(levels: levels) + "---\n# Laughs\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let topic = TopicLoader(root: try ContentRoot(folder)).load("topic.md")
        let error = try #require(topic.diagnostics.first { $0.code == "FP110" })
        #expect(error.severity == .error)
        // a0 is on line 3; a1 to a3 add 12,330 values, and the eighth of a4's copies of a3 (11,111 each) goes past 100,000.
        #expect(error.location.line == 7, "\(error.formatted)")
        #expect(error.message.contains("100000 values"))
    }

    @Test func aliasesWithinTheLimitsAreRead() throws {
        let yaml = "title: Shared\nbase: &base [one, two]\nmore: *base\n"
        let folder = try Fixtures.content(["topic.md": "---\n" + yaml + "---\n# Shared\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let topic = TopicLoader(root: try ContentRoot(folder)).load("topic.md")
        #expect(topic.diagnostics.allSatisfy { $0.severity != .error }, "\(topic.diagnostics.map(\.formatted))")
        #expect(topic.frontMatter["more"] == .list([.string("one"), .string("two")]))
    }

    @Test func tooManyAliasesAreAnError() throws {
        let yaml = "title: Many\nx: &x a\nlist: [" + Array(repeating: "*x", count: SafeYAML.maxAliases + 1).joined(separator: ", ") + "]\n"
        let excess = try #require(SafeYAML.aliasExcess(in: yaml))
        #expect(excess.message.contains("more than \(SafeYAML.maxAliases) aliases"))
        #expect(excess.line == 3)
        #expect(SafeYAML.aliasExcess(in: "x: &x a\nlist: [*x, *x]\n") == nil)
    }

    @Test func anAliasUsedAsAKeyIsCaughtBeforeYamsHashesIt() throws {
        let yaml = Self.laughs(levels: 7) + "b:\n  ? *a6\n  : 1\n"
        #expect(throws: SafeYAML.Excess.self) { try SafeYAML.compose(yaml) }
    }

    @Test(arguments: [6, 7])
    func nestedAliasesInDocfxJsonAreAnError(levels: Int) throws {
        let folder = try Fixtures.content([
            "docfx.json": "build:\n  content: [{files: ['**/*.md']}]\n  globalMetadata:\n"
                + Self.laughs(levels: levels).split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n",
            "topic.md": "---\ntitle: T\ndescription: D.\n---\n# T\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let project = try Project(contentDirectory: folder)
        let error = try #require(project.diagnostics.first { $0.code == "FP110" })
        #expect(error.path == "docfx.json")
        #expect(error.location.line == 8, "\(error.formatted)")
        #expect(project.errorCount == 1)
    }

    @Test func nestedAliasesInFixpathYmlAreAnError() throws {
        let folder = try Fixtures.content(["fixpath.yml": "title: Site\n" + Self.laughs(levels: 7)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var diagnostics: [Diagnostic] = []
        #expect(FixpathConfig.load(folder + "/fixpath.yml", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.map(\.code) == ["FP110"])
    }
}
