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

/// Includes that multiply: ten per file, `levels` deep, a few kilobytes in all.
@Suite struct IncludeFanOutTests {
    static func fanOut(levels: Int) -> [String: String] {
        var files = ["topic.md": "---\ntitle: Fan\ndescription: D.\n---\n# Fan\n\n[!INCLUDE [l0](includes/l0.md)]\n"]
        for level in 0..<levels {
            let includes = level + 1 < levels ? String(repeating: "[!INCLUDE [next](l\(level + 1).md)]\n\n", count: 10) : ""
            files["includes/l\(level).md"] = "Level \(level) text.\n\n" + includes
        }
        return files
    }

    @Test(arguments: [6, 7])
    func aTopicLargerThanTheLimitOnceSplicedIsAnErrorNamingTheChain(levels: Int) throws {
        let folder = try Fixtures.content(Self.fanOut(levels: levels))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let topic = TopicLoader(root: try ContentRoot(folder)).load("topic.md")
        let errors = topic.diagnostics.filter { $0.code == "FP111" }
        #expect(errors.count == 1, "\(topic.diagnostics.map(\.formatted))")
        let error = try #require(errors.first)
        #expect(error.severity == .error)
        #expect(error.message.contains("(topic.md -> includes/l0.md -> includes/l1.md"), "\(error.message)")
        #expect(error.message.contains("4 MB"))
        #expect(PlainText.of(topic.blocks).utf8.count < 4 * 1024 * 1024)
    }

    @Test func aModestFanOutIsSplicedWhole() throws {
        let folder = try Fixtures.content(Self.fanOut(levels: 3))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let topic = TopicLoader(root: try ContentRoot(folder)).load("topic.md")
        #expect(!topic.diagnostics.contains { $0.severity == .error })
        #expect(PlainText.of(topic.blocks).components(separatedBy: "Level 2 text.").count - 1 == 100)
    }

    @Test func includesNestedTooDeepAreAnError() throws {
        var files = ["topic.md": "---\ntitle: Deep\ndescription: D.\n---\n# Deep\n\n[!INCLUDE [d0](includes/d0.md)]\n"]
        for level in 0..<40 { files["includes/d\(level).md"] = "Depth \(level).\n\n[!INCLUDE [next](d\(level + 1).md)]\n" }
        let folder = try Fixtures.content(files)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let topic = TopicLoader(root: try ContentRoot(folder)).load("topic.md")
        let error = try #require(topic.diagnostics.first { $0.code == "FP111" })
        #expect(error.message.contains("more than 16 includes deep"))
        #expect(PlainText.of(topic.blocks).contains("Depth 15."))
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
