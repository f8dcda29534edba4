import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One answer of the 5.7.124 example topic: how to reach it, and a phrase only it has.
struct Leaf: CustomStringConvertible, Sendable {
    var numbers: [Int]
    var slugs: [String]
    var heading: String
    var phrase: String
    var description: String { slugs.joined(separator: "/") }
}

private func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

@Suite struct WizardCommandTests {
    static let topic = "content/exchange-online/ndr/fix-ndr-5-7-124.md"
    static let leaves = [
        Leaf(numbers: [1], slugs: ["sender"], heading: "I got this bounce message. How do I fix it?", phrase: "find the group, and ask to join it"),
        Leaf(numbers: [2, 1, 1], slugs: ["admin", "method-1", "new-eac"], heading: "New EAC", phrase: "click in the Specified senders box"),
        Leaf(numbers: [2, 1, 2], slugs: ["admin", "method-1", "classic-eac"], heading: "Classic EAC", phrase: "to open the Select Allowed Senders picker"),
        Leaf(numbers: [2, 2, 1], slugs: ["admin", "method-2", "new-eac"], heading: "New EAC", phrase: "Allow messages from people inside and outside my organization"),
        Leaf(numbers: [2, 2, 2], slugs: ["admin", "method-2", "classic-eac"], heading: "Classic EAC", phrase: "Senders inside and outside of my organization"),
    ]

    private func expectOnly(_ leaf: Leaf, in output: String) {
        let text = flat(output)
        #expect(text.contains(leaf.phrase), "\(leaf): \(output.suffix(600))")
        for other in Self.leaves where other.phrase != leaf.phrase {
            #expect(!text.contains(other.phrase), "\(leaf) also shows \(other)")
        }
    }

    @Test func leavesAreEveryPathOfTheTopic() throws {
        let result = try CLI.run(["tree", "--format", "json", Self.topic])
        let tree = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var paths: [[Int]] = []
        func walk(_ node: [String: Any], _ path: [Int]) {
            let choices = node["choices"] as? [[String: Any]] ?? []
            if choices.isEmpty { paths.append(path) }
            for (i, choice) in choices.enumerated() { walk(choice["node"] as? [String: Any] ?? [:], path + [i + 1]) }
        }
        walk(try #require(tree["root"] as? [String: Any]), [])
        #expect(paths == Self.leaves.map(\.numbers))
    }

    @Test(arguments: leaves)
    func lineModeReachesEveryAnswerByNumber(leaf: Leaf) throws {
        let input = leaf.numbers.map(String.init).joined(separator: "\n") + "\n"
        let result = try CLI.run(["wizard", Self.topic], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        expectOnly(leaf, in: result.stdout)
        #expect(result.stdout.contains("\n\(leaf.heading)\n"))
        #expect(result.stdout.contains("Did this fix it?"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test(arguments: leaves)
    func lineModeTakesLabelsAndSlugsToo(leaf: Leaf) throws {
        let result = try CLI.run(["wizard", Self.topic], stdin: leaf.slugs.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        expectOnly(leaf, in: result.stdout)
    }

    @Test(arguments: leaves)
    func answersWalkWithoutPrompts(leaf: Leaf) throws {
        let bySlug = try CLI.run(["wizard", Self.topic, "--answers", leaf.slugs.joined(separator: ",")])
        let byNumber = try CLI.run(["wizard", Self.topic, "--answers", leaf.numbers.map(String.init).joined(separator: ",")])
        #expect(bySlug.status == 0, "\(bySlug.stderr)")
        expectOnly(leaf, in: bySlug.stdout)
        #expect(!bySlug.stdout.contains("Type a number"))
        #expect(bySlug.stdout == byNumber.stdout)
    }

    @Test func theIssueExampleReachesTheNewEACStepsOfMethod1() throws {
        let result = try CLI.run(["wizard", "content/exchange-online/ndr/fix-ndr-5-7-124.md"], stdin: "2\n1\n1\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("You chose: I'm the group owner or email admin; Method 1: Add the sender to the group's allowed senders list; New EAC"))
        expectOnly(Self.leaves[1], in: result.stdout)
    }

    @Test func jsonGivesThePathAndTheAnswer() throws {
        let result = try CLI.run(["wizard", Self.topic, "--answers", "admin,method-1,new-eac", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let path = try #require(object["path"] as? [[String: Any]])
        #expect(path.compactMap { $0["slug"] as? String } == ["admin", "method-1", "new-eac"])
        #expect(path.compactMap { $0["number"] as? Int } == [2, 1, 1])
        #expect(object["hash"] as? String == "#/admin/method-1/new-eac")
        let answer = try #require(object["answer"] as? [String: Any])
        #expect(answer["heading"] as? String == "New EAC")
        #expect(flat(answer["text"] as? String ?? "").contains("click in the Specified senders box"))
        #expect(object["adminNote"] == nil)
    }

    @Test func jsonAsksOnStandardErrorWhenAnswersAreMissing() throws {
        let result = try CLI.run(["wizard", Self.topic, "--json", "--answers", "sender"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["adminNote"] as? String)?.contains("--answers admin") == true)
        let asked = try CLI.run(["wizard", Self.topic, "--json"], stdin: "2\n2\n2\n")
        #expect(asked.stderr.contains("Which describes you?"))
        #expect(asked.stdout.contains("\"hash\" : \"#/admin/method-2/classic-eac\""))
    }

    @Test func answersCanSayAFixDidNotWork() throws {
        let result = try CLI.run(["wizard", Self.topic, "--answers", "admin,method-1,new-eac,no", "--json"])
        #expect(result.stdout.contains("\"hash\" : \"#/admin/method-2/new-eac\""))
        let escalated = try CLI.run(["wizard", Self.topic, "--answers", "admin,method-1,new-eac,no,no"])
        #expect(escalated.status == 0)
        #expect(escalated.stdout.contains("Still need help with error code 550 5.7.124?"))
    }

    @Test(arguments: [
        ("5.7.124", "exchange-online/ndr/fix-ndr-5-7-124.md"),
        ("5.1.15", "exchange-online/ndr/fix-ndr-5-1-1-through-5-1-20.md"),
        ("550 5.7.124 RESOLVER.RST.NotAuthorized; not authorized", "exchange-online/ndr/fix-ndr-5-7-124.md"),
        ("Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", "exchange-online/ndr/fix-ndr-5-1-1-through-5-1-20.md"),
    ])
    func findsTheTopicByStatusCode(start: String, topic: String) throws {
        let result = try CLI.run(["wizard", start, "--answers", "1", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["topic"] as? String == topic)
    }

    @Test func asksForTheCodeWhenNoneIsGiven() throws {
        let result = try CLI.run(["wizard"], stdin: "5.1.15\n1\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Type the status code from the bounce message"))
        #expect(result.stdout.contains("Fix NDR errors 5.1.1 through 5.1.20 in Exchange Online"))
        let empty = try CLI.run(["wizard"], stdin: "")
        #expect(empty.status == 1)
        #expect(empty.stderr == "fixpath: no status code was given\n")
    }

    @Test func asksWhichTopicWhenSeveralMatch() throws {
        let folder = CLI.temporary("wizard-several")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, title) in [("groups", "Fix 5.7.124 for groups"), ("lists", "Fix 5.7.124 for lists")] {
            let text = "---\ntitle: \(title)\n---\n\n# \(title)\n\nFollow the steps for \(name).\n"
            try text.write(toFile: folder + "/\(name).md", atomically: true, encoding: .utf8)
        }
        let result = try CLI.run(["wizard", "5.7.124", "--content", folder], stdin: "2\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Several topics cover 5.7.124:\n1. Fix 5.7.124 for groups (5.7.124)\n2. Fix 5.7.124 for lists (5.7.124)\n"))
        #expect(result.stdout.contains("Follow the steps for lists."))
        #expect(!result.stdout.contains("Follow the steps for groups."))
        let ended = try CLI.run(["wizard", "5.7.124", "--content", folder], stdin: "")
        #expect(ended.status == 1)
        #expect(ended.stderr == "fixpath: the input ended before a topic was chosen\n")
    }

    @Test(arguments: ["", "2\n", "2\n1\n", "3\n9\nnonsense\n"])
    func endOfInputBeforeAnAnswerFails(input: String) throws {
        let result = try CLI.run(["wizard", Self.topic], stdin: input)
        #expect(result.status == 1)
        #expect(result.stderr == "fixpath: the input ended before an answer was reached\n")
    }

    @Test(arguments: [
        (["--answers", "admin,method-9"], "fixpath: --answers: no choice 'method-9' for \"Which method do you want to try?\"; use a number from 1 to 2 or one of: method-1, method-2\n"),
        (["--answers", "sender,extra"], "fixpath: --answers: 'extra' comes after the answer was reached\n"),
        (["--answers", "0", "--json"], "fixpath: --answers: no choice '0' for \"Which describes you?\"; use a number from 1 to 2 or one of: sender, admin\n"),
    ])
    func badAnswersFailWithOneLine(arguments: [String], message: String) throws {
        let result = try CLI.run(["wizard", Self.topic] + arguments)
        #expect(result.status == 1)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        ("5.9.99", 1, "fixpath: no topic in content covers status code 5.9.99\n"),
        ("hello", 1, "fixpath: no status code in 'hello'; give a code such as 5.7.124, the bounce text, or a topic file\n"),
        ("content/no-such-topic.md", 2, "content/no-such-topic.md: error: no such file\n"),
    ])
    func badCodesAndFilesFail(start: String, status: Int32, message: String) throws {
        let result = try CLI.run(["wizard", start, "--answers", "1"])
        #expect(result.status == status)
        #expect(result.stderr == message)
    }
}
