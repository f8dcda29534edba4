import Foundation
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

@Suite struct TopicCacheTests {
    @Test func onlyChangedTopicsAndIncludersAreReadAgain() throws {
        let folder = NSTemporaryDirectory() + "fixpath-cache-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/includes", withIntermediateDirectories: true)
        try "Shared text.\n".write(toFile: folder + "/includes/shared.md", atomically: true, encoding: .utf8)
        try "---\ntitle: A\ndescription: A.\n---\n# A\n\n[!INCLUDE [s](includes/shared.md)]\n".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        try "---\ntitle: B\ndescription: B.\n---\n# B\n".write(toFile: folder + "/b.md", atomically: true, encoding: .utf8)
        try "---\ntitle: C\ndescription: C.\n---\n# C\n\n[!INCLUDE [later](includes/later.md)]\n".write(toFile: folder + "/c.md", atomically: true, encoding: .utf8)
        let cache = TopicCache()
        _ = try Project(contentDirectory: folder, cache: cache)
        #expect(cache.lastParsed == 3)
        _ = try Project(contentDirectory: folder, cache: cache)
        #expect(cache.lastParsed == 0)
        try "---\ntitle: B2\ndescription: B.\n---\n# B2\n".write(toFile: folder + "/b.md", atomically: true, encoding: .utf8)
        let afterEdit = try Project(contentDirectory: folder, cache: cache)
        #expect(cache.lastParsed == 1)
        #expect(afterEdit.topics.first { $0.path == "b.md" }?.title == "B2")
        try "Changed shared text.\n".write(toFile: folder + "/includes/shared.md", atomically: true, encoding: .utf8)
        try "Now it exists.\n".write(toFile: folder + "/includes/later.md", atomically: true, encoding: .utf8)
        let afterIncludes = try Project(contentDirectory: folder, cache: cache)
        #expect(cache.lastParsed == 2)
        let text = PlainText.of(afterIncludes.topics.first { $0.path == "a.md" }?.blocks ?? [])
        #expect(text.contains("Changed shared text."))
        #expect(!afterIncludes.diagnostics.contains { $0.code == "FP030" })
    }
}
