import Foundation
import Testing
@testable import FixpathCore

/// Trees of real topics: goldens for a chosen set, and properties over both shared corpora.
/// Skipped (reported as skipped) when `../shared` is not beside this checkout.
@Suite struct CorpusTreeTests {
    static let shared = Fixtures.folder.appendingPathComponent("../../../../shared").standardizedFileURL.path
    static let golden = Fixtures.folder.deletingLastPathComponent().appendingPathComponent("Golden").path
    static let ndr = "Exchange/ExchangeOnline/email-delivery/ndr/"
    static let corpora = ["officedocs-support", "officedocs-sharepoint"]
    static func corpusExists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: shared + "/corpus/" + name) }

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
        let tree = TreeBuilder.build(TopicLoader(root: root).load("000_e03b3594f86e2442.txt")).tree
        #expect(tree.kind == .decision)
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
        let root = try CorpusRoot.shared(try #require(Fixtures.corpus))
        try Self.check(Self.goldenName(path), TreeFormat.outline.render(TreeBuilder.build(TopicLoader(root: root).load(path)).tree))
    }

    @Test(.enabled(if: corpora.allSatisfy(corpusExists), "../shared/corpus is not beside this checkout"), arguments: corpora)
    func propertiesHoldOverTheCorpus(corpus: String) throws {
        let root = try ContentRoot(Self.shared + "/corpus/" + corpus)
        let topics = TopicLoader(root: root).loadAll()
        let results = topics.parallelMap { topic -> (DecisionTree, [String]) in
            let (tree, diagnostics) = TreeBuilder.build(topic)
            return (tree, TreeProperties.violations(tree, topic: topic, diagnostics: diagnostics))
        }
        let violations = results.flatMap { tree, found in found.map { "\(tree.topic): \($0)" } }
        #expect(violations.isEmpty, "\(violations.count) violations, first: \(violations.prefix(10))")
        let decisions = results.count { $0.0.kind == .decision }
        let questions = results.reduce(0) { $0 + $1.0.questionCount }
        print("\(corpus): \(results.count) topics, \(decisions) decision topics, \(results.count - decisions) pages to read, \(questions) questions")
        #expect(decisions > 0 && decisions < results.count)
    }
}

/// The properties every inferred tree keeps, checked over whole corpora.
enum TreeProperties {
    /// Rules whose questions a page to read may have: methods, options, tool variants, tabs, roles, questions the page asks.
    static let readingChoiceRules: Set<String> = ["NumberedAlternatives", "Variants", "TabVariants", "QuestionHeadingChoices", "Audience", "DeclaredTree"]
    static let readingTypes: Set<String> = ["how-to", "conceptual", "reference", "overview"]

    static func violations(_ tree: DecisionTree, topic: Topic, diagnostics: [Diagnostic]) -> [String] {
        var found: [String] = []
        let inference = TreeInference(topic: topic)
        let covered = tree.shownAnchors
        let reported = Set(diagnostics.filter { $0.code == DiagnosticCode.treeLostFix }.map(\.location.line))
        let roles = Dictionary(tree.sections.map { ($0.heading.anchor, $0.role) }, uniquingKeysWith: { first, _ in first })
        // Every fix section (a fix whose ancestors are fixes) is reachable, or reported with FP106.
        func walk(_ sections: [Section]) {
            for section in sections where roles[section.heading.anchor] == "fix" {
                if !covered.contains(section.heading.anchor), !reported.contains(section.heading.location.line) {
                    found.append("fix section '\(section.heading.text)' (line \(section.heading.location.line)) is unreachable and not reported")
                }
                walk(section.children)
            }
        }
        walk(inference.outline.sections)
        let type = topic.frontMatter.topicType?.lowercased() ?? ""
        for node in tree.nodes where node.kind == .question {
            if node.choices.count < 2 { found.append("question '\(node.prompt ?? "")' has \(node.choices.count) choice(s)") }
            for choice in node.choices {
                if choice.node.kind == .context { found.append("context node '\(choice.label)' is a choice") }
                if let anchor = choice.node.heading?.anchor, choice.node.id == anchor, let role = roles[anchor], role != "fix" {
                    found.append("section '\(choice.label)' (\(role)) is offered as a choice")
                }
            }
            if readingTypes.contains(type), let rule = node.explanation?.rule, !readingChoiceRules.contains(rule) {
                found.append("a page of ms.topic \(type) asks '\(node.prompt ?? "")' (\(rule))")
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
