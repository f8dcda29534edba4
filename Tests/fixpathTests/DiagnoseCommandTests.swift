import Foundation
import Testing

@Suite struct DiagnoseCommandTests {
    static let bounces = "Tests/FixpathCoreTests/Fixtures/bounces/"

    @Test func exchangeOnlineNDRNamesThe5_7_124TopicFirst() throws {
        let result = try CLI.run(["diagnose", Self.bounces + "exchange-online-5.7.124.eml"])
        #expect(result.status == 0, "\(result.stderr)")
        let first = result.stdout.components(separatedBy: "Topics, best first:\n").last?.split(separator: "\n").first ?? ""
        #expect(first.contains("content/exchange-online/ndr/fix-ndr-5-7-124.md"))
    }

    @Test func standardInputAndJSON() throws {
        let result = try CLI.run(["diagnose", "--json", "-"], stdin: "Remote Server returned '550 5.1.15 RESOLVER.ADR.Bad'\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let topics = try #require(object["topics"] as? [[String: Any]])
        #expect(topics.first?["path"] as? String == "content/exchange-online/ndr/fix-ndr-5-1-1-through-5-1-20.md")
        let statuses = try #require(object["statuses"] as? [[String: Any]])
        #expect(statuses.first?["code"] as? String == "5.1.15")
    }

    @Test func wizardStartsOnTheBestMatch() throws {
        let result = try CLI.run(["diagnose", "--wizard", Self.bounces + "exchange-online-5.7.124.eml"], stdin: "2\n1\n1\n")
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Specified senders box"))
    }

    @Test func aTextWithThousandsOfCodesListsTheFirstFifty() throws {
        let text = (0..<5_000).map { "5.\($0 / 900 % 8).\($0 % 900)" }.joined(separator: " ")
        let result = try CLI.run(["diagnose", "-"], stdin: text + "\n", timeout: 60)
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("Status ") }.count == 50, "\(result.stdout.prefix(500))")
        #expect(result.stdout.contains("…and 4950 more status code(s), left out: fixpath reports the first 50."))
        #expect(result.stdout.utf8.count < 100_000)
        let json = try CLI.run(["diagnose", "--json", "-"], stdin: text + "\n", timeout: 60)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["statuses"] as? [Any])?.count == 50)
        #expect(object["omitted"] as? Int == 4950)
    }

    @Test func garbageGetsAClearMessage() throws {
        let result = try CLI.run(["diagnose", Self.bounces + "garbage.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: no status code found in the bounce message"))
    }
}
