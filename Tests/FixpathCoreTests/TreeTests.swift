import Foundation
import Testing
import FixpathCore

private func tree(_ root: String, _ path: String) throws -> (DecisionTree, [Diagnostic]) {
    let contentRoot = try ContentRoot(root)
    let topic = TopicLoader(root: contentRoot).load(path)
    let (tree, found) = TreeBuilder.build(topic)
    return (tree, topic.diagnostics + found)
}

private func labels(_ node: TreeNode) -> [String] { node.choices.map(\.label) }

@Suite struct TreeTests {
    static let treesValid = Fixtures.folder.appendingPathComponent("trees/valid").path
    static let treesInvalid = Fixtures.folder.appendingPathComponent("trees/invalid").path
    static let content = Fixtures.folder.appendingPathComponent("../../../content").standardizedFileURL.path

    @Test func exampleTopicHasTheSeedShape() throws {
        let (tree, diagnostics) = try tree(Self.content, "exchange-online/ndr/fix-ndr-5-7-124.md")
        #expect(diagnostics.isEmpty)
        #expect(tree.root.prompt == "Which describes you?")
        #expect(tree.root.selection == .audience)
        #expect(tree.root.heading == nil)
        #expect(tree.root.choices.map(\.slug) == ["sender", "admin"])
        #expect(tree.root.choices[0].node.kind == .answer)
        let admin = tree.root.choices[1].node
        #expect(admin.selection == .alternative)
        #expect(admin.prompt == "Which method do you want to try?")
        #expect(admin.choices.map(\.slug) == ["method-1", "method-2"])
        for method in admin.choices {
            #expect(method.node.selection == .variant)
            #expect(labels(method.node) == ["New EAC", "Classic EAC"])
            #expect(method.node.choices.allSatisfy { $0.node.kind == .answer && $0.node.heading != nil })
        }
        #expect(tree.escalation?.heading?.text == "Still need help with error code 550 5.7.124?")
        #expect(tree.context.map { $0.heading?.text } == ["Why did I get this bounce message?"])
        #expect(tree.codes.map(\.description) == ["5.7.124"])
        #expect(tree.paths.count == 5)
    }

    @Test func kbShapeBranchesOnlyOnFixSections() throws {
        let (tree, _) = try tree(Self.treesValid, "kb-shape.md")
        #expect(tree.root.prompt == "Which of these do you want to try?")
        #expect(labels(tree.root) == ["Resolution", "Workaround"])
        let resolution = tree.root.choices[0].node
        #expect(resolution.selection == .variant)
        #expect(resolution.prompt == "Which Outlook are you using?")
        #expect(labels(resolution) == ["Outlook", "Outlook on the web"])
        #expect(tree.context.compactMap { $0.heading?.text } == ["Symptoms", "Cause", "More information"])
    }

    @Test func roleWrittenTooDeepStepsAndTrailingSections() throws {
        let (tree, _) = try tree(Self.treesValid, "role-too-deep.md")
        #expect(tree.root.selection == .audience)
        #expect(tree.root.choices.map(\.slug) == ["sender", "admin"])
        let admin = tree.root.choices[1].node
        #expect(admin.prompt == "Which solution do you want to try?")
        #expect(admin.selection == .alternative)
        #expect(labels(admin) == ["Solution 1 - Remove the loop", "Solution 2 - Change the routing", "Check the MX record"])
        #expect(admin.choices.map(\.slug) == ["solution-1", "solution-2", "check-the-mx-record"])
        let stepAnswer = tree.nodes.first { $0.heading?.text == "Solution 1 - Remove the loop" }
        #expect(stepAnswer?.kind == .answer)
        let stepText = PlainText.of(stepAnswer?.blocks ?? [])
        #expect(stepText.contains("Open the connectors page."))
        #expect(tree.codes.map(\.description) == ["5.4.6-5.4.20"])
        #expect(tree.escalation?.heading?.text == "Still need help?")
    }

    @Test func frontMatterSteersPromptsLabelsAndSections() throws {
        let (tree, diagnostics) = try tree(Self.treesValid, "steered.md")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        #expect(tree.root.prompt == "Where does the mail stop?")
        #expect(labels(tree.root) == ["Mail from outside", "Outbound"])
        #expect(tree.context.compactMap { $0.heading?.anchor } == ["read-this-first"])
        #expect(tree.escalation?.heading?.anchor == "ask-for-help")
        #expect(tree.codes.map(\.description) == ["5.7.700", "5.7.701-5.7.705"])
    }

    @Test func explicitTreeIsFollowed() throws {
        let (tree, diagnostics) = try tree(Self.treesValid, "explicit.md")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        #expect(tree.root.prompt == "What happened?")
        #expect(labels(tree.root) == ["The message bounced", "The message is stuck"])
        let stuck = tree.root.choices[1].node
        #expect(stuck.prompt == "Where is it stuck?")
        #expect(labels(stuck) == ["Outbox", "Queue"])
    }

    @Test(arguments: [
        ("FP100", 5), ("FP101", 6), ("FP101", 8), ("FP104", 10), ("FP102", 14), ("FP103", 10),
    ])
    func badBlocksGetDiagnosticsWithLines(code: String, line: Int) throws {
        let (_, diagnostics) = try tree(Self.treesInvalid, "bad-block.md")
        #expect(diagnostics.contains { $0.code == code && $0.location.line == line },
                "\(code) at line \(line) not in \(diagnostics.map(\.formatted))")
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let (tree, _) = try tree(Self.content, "exchange-online/ndr/fix-ndr-5-7-124.md")
        let data = Data(TreeJSON.string(tree).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["topic", "title", "kind", "codes", "root", "context", "escalation", "related"])
        let root = try #require(object["root"] as? [String: Any])
        #expect(root["kind"] as? String == "question")
        #expect(root["heading"] == nil)
        let choices = try #require(root["choices"] as? [[String: Any]])
        let sender = try #require(choices.first?["node"] as? [String: Any])
        let heading = try #require(sender["heading"] as? [String: Any])
        #expect(Set(heading.keys) == ["text", "anchor", "level", "line"])
        #expect(heading["anchor"] as? String == "i-got-this-bounce-message-how-do-i-fix-it")
        #expect((object["escalation"] as? [String: Any])?["kind"] as? String == "escalation")
    }

    @Test(arguments: TreeFormat.allCases)
    func everyFormatNamesTheAnswers(format: TreeFormat) throws {
        let (tree, _) = try tree(Self.content, "exchange-online/ndr/fix-ndr-5-7-124.md")
        let text = format.render(tree)
        #expect(text.contains("Classic EAC"))
        #expect(text.contains("Which method do you want to try?"))
    }
}
