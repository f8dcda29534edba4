import Foundation
import Testing
import FixpathCore
import FixpathSite

/// The guided-fix page must grow with the tree, not with the tree's square.
@Suite struct WizardPageTests {
    static func methods(_ n: Int) -> String {
        "---\ntitle: Many methods\ndescription: D.\n---\n# Many methods\n\n## I'm the admin\n\n"
            + (1...n).map { "### Method \($0): Try fix \($0)\n\nStep \($0).\n\n" }.joined()
            + "## Still need help?\n\nContact support.\n"
    }

    /// Builds a one-topic site and returns its guided-fix page.
    static func guide(_ topic: String, name: String) throws -> String {
        let content = Paths.temporary(name + "-content"), output = Paths.temporary(name + "-site")
        defer { for folder in [content, output] { try? FileManager.default.removeItem(atPath: folder) } }
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        try topic.write(toFile: content + "/topic.md", atomically: true, encoding: .utf8)
        _ = try buildSite(content: content, output: output)
        return read(output + "/topic.guide.html")
    }

    @Test func thePageGrowsLinearlyWithTheMethods() throws {
        let small = try Self.guide(Self.methods(300), name: "methods-300").utf8.count
        let large = try Self.guide(Self.methods(600), name: "methods-600").utf8.count
        #expect(Double(large) / Double(small) < 2.2, "300 methods: \(small) bytes, 600 methods: \(large) bytes")
    }

    @Test func eachNoScreenLinksOnlyTheNextMethod() throws {
        let page = try Self.guide(Self.methods(3), name: "methods-3")
        func noScreen(_ id: String) -> String {
            let start = page.range(of: "id=\"\(id)--no\"")!.upperBound
            return String(page[start...].prefix { $0 != "§" }.components(separatedBy: "</section>")[0])
        }
        let first = noScreen("n-method-1-try-fix-1"), last = noScreen("n-method-3-try-fix-3")
        #expect(first.components(separatedBy: "class=\"wizard-alternative\"").count == 2, "\(first)")
        #expect(first.contains("href=\"#n-method-2-try-fix-2\">Try: Method 2: Try fix 2</a>"))
        #expect(first.contains("wizard-escalate"))
        #expect(!last.contains("wizard-alternative"))
        #expect(last.contains("href=\"#n-escalation\">Get more help</a>"))
    }

    /// An explicit tree in front matter can nest as deep as YAML lets it; each trail keeps its last steps.
    @Test func trailsStayShortInADeepTree() throws {
        func deep(_ depth: Int) -> String {
            var tree = "choices: [last, other]"
            for level in (0..<depth).reversed() {
                tree = "prompt: Question \(level)?\n" + "choices:\n  - label: Go on \(level)\n    " + tree.replacingOccurrences(of: "\n", with: "\n    ")
                    + "\n  - label: Stop \(level)\n    section: other"
            }
            let yaml = "fixpath:\n  tree:\n    " + tree.replacingOccurrences(of: "\n", with: "\n    ")
            return "---\ntitle: Deep\ndescription: D.\n\(yaml)\n---\n# Deep\n\n## Last\n\nLast step.\n\n## Other\n\nOther step.\n"
        }
        let small = try Self.guide(deep(40), name: "deep-40"), large = try Self.guide(deep(80), name: "deep-80")
        #expect(small.contains("Question 39?"), "the tree was not read: \(small.prefix(300))")
        let longestTrail = large.components(separatedBy: "<nav class=\"wizard-trail\"").dropFirst()
            .map { $0.components(separatedBy: "</nav>")[0].components(separatedBy: "<a href").count - 1 }.max() ?? 0
        #expect(longestTrail == 8)
        #expect(Double(large.utf8.count) / Double(small.utf8.count) < 2.4, "\(small.utf8.count) → \(large.utf8.count) bytes")
    }
}
