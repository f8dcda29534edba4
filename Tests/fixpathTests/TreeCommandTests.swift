import Foundation
import Testing

@Suite struct TreeCommandTests {
    static let topic = "content/exchange-online/ndr/fix-ndr-5-7-124.md"

    @Test func outlineShowsTheQuestions() throws {
        let result = try CLI.run(["tree", Self.topic])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("? Which describes you?"))
        #expect(result.stdout.contains("{admin}"))
        #expect(result.stdout.contains("? Which method do you want to try?"))
        #expect(result.stdout.contains("escalation: Still need help with error code 550 5.7.124?"))
    }

    @Test(arguments: [("json", "\"kind\" : \"question\""), ("mermaid", "flowchart TD"), ("dot", "digraph")])
    func formats(format: String, marker: String) throws {
        let result = try CLI.run(["tree", "--format", format, Self.topic])
        #expect(result.status == 0)
        #expect(result.stdout.contains(marker))
    }

    @Test func severalTopicsGiveAJSONArray() throws {
        let result = try CLI.run(["tree", "--format", "json", Self.topic, "content/outlook/outlook-cannot-connect-after-password-change.md"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
    }

    @Test func missingFileIsAUsageError() throws {
        let result = try CLI.run(["tree", "content/no-such-topic.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("content/no-such-topic.md: error: no such file"))
    }

    @Test func badFixpathBlockExitsWithOne() throws {
        let result = try CLI.run(["tree", "Tests/FixpathCoreTests/Fixtures/trees/invalid/bad-block.md"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad-block.md:5:3: error: unknown key 'codez' in the fixpath block [FP100]"))
    }

    @Test(.needsSupportCorpus) func wholeCorpusRunsThroughTree() throws {
        let corpus = try #require(CLI.supportCorpus)
        let walker = try #require(FileManager.default.enumerator(atPath: corpus))
        let topics = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") && !$0.contains("includes/") }.sorted()
        let result = try CLI.run(["tree", "--format", "json"] + topics, in: corpus)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == topics.count)
    }
}
