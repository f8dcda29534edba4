import Foundation
import Testing
import FixpathCore

/// Inputs that repeat one thing N times (headings with the same text, front matter list items) must
/// cost about four times as much when N grows fourfold: their anchors, slugs and lists once took N² steps.
@Suite struct RepetitionScalingTests {
    /// How many times longer reading and inferring the tree of a `large` topic takes than of a `small` one,
    /// as `check`, `build`, `tree` and `wizard` all do, where `large` is `Scaling.factor` times `small`.
    static func loadRatio(small: Int, _ topic: (Int) -> String) throws -> Double {
        var folders: [String] = []
        defer { for folder in folders { try? FileManager.default.removeItem(atPath: folder) } }
        return try Scaling.ratio(small: small, prepare: { n in
            folders.append(try Fixtures.content(["topic.md": topic(n)]))
            return try ContentRoot(folders[folders.count - 1])
        }) { root in
            _ = TreeBuilder.build(TopicLoader(root: root).load("topic.md"))
        }
    }

    static func sameHeadings(_ n: Int) -> String {
        "---\ntitle: Same\ndescription: D.\nfixpath:\n  kind: decision\n---\n# Same\n\n" + String(repeating: "## Same heading\n\nText.\n\n", count: n)
    }

    @Test func repeatedHeadingsGetNumberedAnchorsAndSlugsInLinearTime() throws {
        let ratio = try Self.loadRatio(small: 1500, Self.sameHeadings)
        #expect(ratio < Scaling.linearLimit, "four times the headings made reading them \(ratio)× slower")
    }

    @Test func repeatedHeadingsStillGetLearnAnchorsAndUniqueSlugs() throws {
        let folder = try Fixtures.content(["topic.md": Self.sameHeadings(4) + "## Same heading-1\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let topic = TopicLoader(root: try ContentRoot(folder)).load("topic.md")
        #expect(topic.headings.map(\.anchor) == ["same-heading", "same-heading-1", "same-heading-2", "same-heading-3", "same-heading-1-1"])
        let slugs = TreeBuilder.build(topic).tree.root.choices.map(\.slug)
        #expect(slugs == ["same-heading", "same-heading-2", "same-heading-3", "same-heading-4", "same-heading-1"])
    }

    static func longList(_ n: Int) -> String {
        "---\ntitle: List\ndescription: D.\nms.custom:\n" + (0..<n).map { "  - item\($0)\n" }.joined() + "---\n# List\n"
    }

    @Test func aLongFrontMatterListIsReadInLinearTime() throws {
        let ratio = try Self.loadRatio(small: 10_000, Self.longList)
        #expect(ratio < Scaling.linearLimit, "four times the list made reading it \(ratio)× slower")
    }

    @Test func aLongFrontMatterListKeepsEveryItemInOrder() throws {
        let folder = try Fixtures.content(["topic.md": Self.longList(500)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let topic = TopicLoader(root: try ContentRoot(folder)).load("topic.md")
        #expect(topic.frontMatter.custom == (0..<500).map { "item\($0)" })
    }
}
