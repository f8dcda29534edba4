import Foundation
import Testing
@testable import FixpathCore

/// Trees of real topics: goldens for a chosen set, and properties over the whole shared corpus.
@Suite struct CorpusTreeTests {
    static let golden = Fixtures.folder.deletingLastPathComponent().appendingPathComponent("Golden").path
    static let ndr = "Exchange/ExchangeOnline/email-delivery/ndr/"

    static let goldenTopics: [String] = [
        "fix-error-code-5-7-124-in-exchange-online.md", "fix-error-code-550-5-1-10-in-exchange-online.md",
        "fix-error-code-451-4-7-500-699-asxxx-in-exchange-online.md", "fix-error-code-550-4-4-7-in-exchange-online.md",
        "fix-error-code-5-7-23-in-exchange-online.md", "fix-error-code-5-7-12-in-exchange-online.md",
        "fix-error-code-5-7-136-in-exchange-online.md", "fix-error-code-5-7-57-in-exchange-online.md",
        "fix-error-code-5-7-64-in-exchange-online.md", "fix-error-code-550-5-7-1-in-exchange-online.md",
        "fix-error-code-550-5-1-0-in-exchange-online.md", "fix-error-code-450-4-4-317-untrusted-root.md",
        "relay-access-denied-smtp.md", "badprimary-ndr.md",
    ].map { ndr + $0 } + [
        "Outlook/Client/synchronization/error-0x8004010f-when-sending-or-receiving-emails.md",
        "Office/Client/excel/issue-when-save-excel-workbooks.md",
        "Microsoft365/admin/licensing/determine-office-license-type.md",
    ]

    static func goldenName(_ path: String) -> String {
        path.replacingOccurrences(of: "/", with: "__").replacingOccurrences(of: ".md", with: "") + ".txt"
    }

    static func check(_ name: String, _ actual: String) throws {
        let file = golden + "/" + name
        if ProcessInfo.processInfo.environment["FIXPATH_RECORD"] != nil {
            try actual.write(toFile: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: file, encoding: .utf8)
        #expect(actual == expected, "tree of \(name) changed; if intended, re-record with FIXPATH_RECORD=1 swift test --filter CorpusTree")
    }

    @Test(.needsSeeds) func seedTreeMatchesGolden() throws {
        let root = try ContentRoot(try #require(Fixtures.seeds))
        let topic = TopicLoader(root: root).load("000_e03b3594f86e2442.txt")
        var builder = TreeBuilder(topic: topic)
        let tree = builder.build()
        #expect(tree.root.prompt == "Which describes you?")
        #expect(tree.escalation?.heading?.text == "Still need help with error code 550 5.7.124?")
        #expect(tree.context.map { $0.heading?.text } == ["More information about groups"])
        let admin = try #require(tree.root.choices.first { $0.slug == "admin" }?.node)
        #expect(admin.choices.map(\.slug) == ["method-1", "method-2"])
        #expect(admin.choices.allSatisfy { $0.node.choices.map(\.slug) == ["new-eac", "classic-eac"] })
        try Self.check("seed.txt", TreeFormat.outline.render(tree))
    }

    @Test(.needsSupportCorpus, arguments: goldenTopics)
    func corpusTreeMatchesGolden(path: String) throws {
        let corpus = try #require(Fixtures.corpus)
        let root = try CorpusRoot.shared(corpus)
        var builder = TreeBuilder(topic: TopicLoader(root: root).load(path))
        try Self.check(Self.goldenName(path), TreeFormat.outline.render(builder.build()))
    }

    @Test(.needsSupportCorpus) func propertiesHoldOverTheWholeCorpus() throws {
        let corpus = try #require(Fixtures.corpus)
        let root = try CorpusRoot.shared(corpus)
        let topics = TopicLoader(root: root).loadAll()
        let results = topics.parallelMap { topic -> (String, Int, [String]) in
            var builder = TreeBuilder(topic: topic)
            let tree = builder.build()
            return (topic.path, tree.questionCount, Self.violations(tree, topic: topic))
        }
        let violations = results.flatMap { path, _, found in found.map { "\(path): \($0)" } }
        #expect(violations.isEmpty, "\(violations.prefix(10))")
        let withQuestion = results.filter { $0.1 > 0 }.count
        print("corpus trees: \(withQuestion) of \(results.count) topics have at least one question")
        #expect(withQuestion > 500)
    }

    /// Fix sections reachable; no context section offered as a choice; every question has two choices.
    static func violations(_ tree: DecisionTree, topic: Topic) -> [String] {
        var found: [String] = []
        var covered = Set<String>()
        for node in tree.nodes + tree.context + (tree.escalation.map { [$0] } ?? []) {
            if let anchor = node.heading?.anchor { covered.insert(anchor) }
            var inner: [Heading] = []
            Topic.collectHeadings(node.blocks, into: &inner)
            covered.formUnion(inner.map(\.anchor))
        }
        let outline = Outline(topic.body)
        func walk(_ sections: [Section]) {
            for section in sections {
                let role = HeadingPatterns.role(section.heading.text)
                guard role == .fix else { continue }
                if !covered.contains(section.heading.anchor) { found.append("fix section '\(section.heading.text)' is unreachable") }
                walk(section.children)
            }
        }
        walk(outline.sections)
        for node in tree.nodes where node.kind == .question {
            if node.choices.count < 2 { found.append("question '\(node.prompt ?? "")' has \(node.choices.count) choice(s)") }
            for choice in node.choices {
                if let text = choice.node.heading?.text, HeadingPatterns.role(text) == .context {
                    found.append("context section '\(text)' is offered as a choice")
                }
            }
        }
        return found
    }
}

/// Lists the corpus once for every test that needs it.
enum CorpusRoot {
    nonisolated(unsafe) private static var cached: ContentRoot?
    private static let lock = NSLock()

    static func shared(_ path: String) throws -> ContentRoot {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let root = try ContentRoot(path)
        cached = root
        return root
    }
}
