import Testing
import FixpathCore

@Suite struct IncludeTests {
    @Test func blockInlineAndNestedIncludesAreSpliced() throws {
        let project = try Fixtures.project(Fixtures.valid)
        let topic = try #require(project.topics.first { $0.path == "mail/bounce-topic.md" })
        let text = PlainText.of(topic.blocks)
        #expect(text.contains("This note comes from an include file"))
        #expect(text.contains("a nested phrase"))
        #expect(text.contains("This topic applies to Contoso Mail customers."))
        #expect(topic.includes == ["includes/nested.md", "includes/product.md", "includes/shared-note.md"])
    }

    @Test func recursiveIncludeStops() throws {
        let project = try Fixtures.project(Fixtures.invalid)
        let topic = try #require(project.topics.first { $0.path == "include-recursive.md" })
        #expect(PlainText.of(topic.blocks).contains("Loop A"))
        #expect(project.diagnostics.contains { $0.code == "FP031" })
    }
}
