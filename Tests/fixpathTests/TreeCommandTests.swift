import Foundation
import Testing

@Suite struct TreeCommandTests {
    static let topic = "content/exchange-online/ndr/fix-ndr-5-7-124.md"
    static let shared = CLI.package.appendingPathComponent("../shared").standardizedFileURL.path
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: shared + "/" + path) }

    /// The explained outline without its explanations: the plain outline.
    static func withoutExplanations(_ text: String) -> String {
        var lines: [String] = []
        var inSections = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "sections:" { inSections = true }
            let trimmed = line.drop { $0 == " " }
            if inSections || trimmed.hasPrefix("why: ") || line.hasPrefix("kind: ") { continue }
            lines.append(String(line))
        }
        return lines.joined(separator: "\n") + (inSections ? "\n" : "")
    }

    @Test func explainSaysWhyForEveryNode() throws {
        let result = try CLI.run(["tree", "--explain", Self.topic])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("kind: decision topic\n  why: Roles: sections speak as the reader's role"))
        #expect(out.contains("? Which describes you?\n  why: Audience: "))
        #expect(out.contains("why: NumberedAlternatives: "))
        #expect(out.contains("why: Variants: 'New EAC' and 'Classic EAC' differ by the tool or version words"))
        #expect(out.contains("escalation: Still need help with error code 550 5.7.124?"))
        #expect(out.contains("sections:\n  line "))
        let plain = try CLI.run(["tree", Self.topic]).stdout
        #expect(Self.withoutExplanations(out) == plain)
        let nodes = out.split(separator: "\n").filter { $0.contains("-> answer:") || $0.drop(while: { $0 == " " }).hasPrefix("? ") }
        let whys = out.split(separator: "\n").filter { $0.drop(while: { $0 == " " }).hasPrefix("why: ") }
        #expect(whys.count >= nodes.count)
    }

    @Test func explainInJSON() throws {
        let result = try CLI.run(["tree", "--explain", "--format", "json", "content/outlook/outlook-wont-send-message-stuck.md"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "decision")
        #expect((object["why"] as? [String: String])?["rule"] == "DeclaredTree")
        let root = try #require(object["root"] as? [String: Any])
        #expect(root["prompt"] as? String == "Where is the message now?")
        #expect((root["why"] as? [String: String])?["rule"] == "DeclaredTree")
        #expect((object["sections"] as? [[String: Any]])?.first?["role"] as? String == "context (declared in front matter)")
    }

    @Test func pageToReadSaysWhy() throws {
        let result = try CLI.run(["tree", "--explain", "content/exchange-online/ndr/non-delivery-reports-overview.md"])
        #expect(result.stdout.contains("kind: page to read\n  why: "))
        #expect(!result.stdout.split(separator: "\n").contains { $0.hasPrefix("?") })
    }

    @Test(.enabled(if: exists("corpus/officedocs-sharepoint"), "../shared/corpus/officedocs-sharepoint is not beside this checkout"))
    func sharePointHowToHasNoQuestionAndSaysWhy() throws {
        let result = try CLI.run(["tree", "--explain", Self.shared + "/corpus/officedocs-sharepoint/SharePoint/SharePointOnline/pre-provision-accounts.md"])
        #expect(result.stdout.contains("kind: page to read\n  why: ReadingPageType: ms.topic is 'how-to', a page to read"))
        #expect(!result.stdout.split(separator: "\n").contains { $0.drop(while: { $0 == " " }).hasPrefix("? ") })
    }

    @Test(.enabled(if: exists("corpus/officedocs-support"), "../shared/corpus/officedocs-support is not beside this checkout"))
    func symptomsCauseResolutionWithTwoCausesOffersTheCauses() throws {
        let result = try CLI.run(["tree", "--explain", Self.shared + "/corpus/officedocs-support/Microsoft365/compliance/archive-mailboxes/cloud-based-archive-unavailable.md"])
        #expect(result.stdout.contains("? Which of these matches what you see?"))
        #expect(result.stdout.contains("1. Cause 1 {cause-1}"))
        #expect(result.stdout.contains("2. Cause 2 {cause-2}"))
        #expect(result.stdout.contains("why: CauseChoices: "))
    }

    @Test(.enabled(if: exists("seeds"), "../shared/seeds is not beside this checkout"))
    func seedStillGivesTheSeedTree() throws {
        let result = try CLI.run(["tree", "--explain", Self.shared + "/seeds/000_e03b3594f86e2442.txt"])
        let golden = try String(contentsOfFile: CLI.package.appendingPathComponent("Tests/FixpathCoreTests/Golden/seed.txt").path, encoding: .utf8)
        #expect(Self.withoutExplanations(result.stdout) == golden)
    }

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

    @Test(.enabled(if: exists("corpus/officedocs-support") && exists("corpus/officedocs-sharepoint"), "../shared/corpus is not beside this checkout"),
          arguments: ["officedocs-support", "officedocs-sharepoint"])
    func wholeCorpusRunsThroughTree(name: String) throws {
        let corpus = Self.shared + "/corpus/" + name
        let walker = try #require(FileManager.default.enumerator(atPath: corpus))
        let topics = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") && !$0.contains("includes/") }.sorted()
        let result = try CLI.run(["tree", "--format", "json"] + topics, in: corpus)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == topics.count)
    }
}
